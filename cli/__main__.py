"""`python -m newsfacts.cli`."""

from .app import main

main()
