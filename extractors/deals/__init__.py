"""Deals: amounts of money read as investments, rounds, prices, valuations, revenues, costs,
subsidies and contracts, with who pays and who receives, when, and whether it is done."""
