"""The built-in example (vitd interpret --example): a typical case the tool was made for."""

EXAMPLE_VALUES = {
    "vitamin_d": "18 ng/mL",
    "calcium": "8.1 mg/dL",
    "albumin": "3.2 g/dL",
    "magnesium": "0.62 mmol/L",
}
EXAMPLE_SYMPTOMS = ["twitching", "cramps"]
