from toolmix.cli.main import main

raise SystemExit(main())
