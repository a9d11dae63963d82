from crosswire.cli import cli

cli()
