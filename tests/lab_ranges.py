"""A lab's own vitamin D scheme (the format of reference_ranges/), for the tests that pass --ranges."""

LAB_RANGES = """[[schemes]]
id = "our-lab"
analyte = "vitamin_d"
name = "Our lab"
source = "the lab's own report"
[[schemes.bands]]
category = "low"
flag = "low"
below = { "ng/mL" = 25 }
label = "low for our lab"
source = "the lab's own report"
[[schemes.bands]]
category = "ok"
flag = "normal"
label = "normal for our lab"
source = "the lab's own report"
"""
