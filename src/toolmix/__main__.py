from toolmix.cli import main

raise SystemExit(main())
