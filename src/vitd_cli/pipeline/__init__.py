"""The pipeline of a file: the plan built once from the options (plan.py), the streaming engine that runs it
(streaming.py, row_loop.py, runs.py), FHIR and HL7 records on the same rows (interop_files.py, interop_records.py,
record_stream.py), and safe output files (safe_io.py). Above batch/, readers/ and render/; below engines/ and cli/."""
