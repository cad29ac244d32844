"""Money: amounts with their value, currency and qualifier."""
