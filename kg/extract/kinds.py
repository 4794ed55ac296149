"""The entity kinds the rules group by (kg/extract/index.py re-exports them)."""

PLACE = {"Country", "City", "Region"}
SITES = {"City", "Region", "Facility"}  # things that sit inside a place
ACTOR = {"Company", "GovernmentBody", "Country", "Person", "Organization"}
ORGS = {"Company", "Organization"}
