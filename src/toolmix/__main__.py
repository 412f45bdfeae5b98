from toolmix.cli.main import run

run()
