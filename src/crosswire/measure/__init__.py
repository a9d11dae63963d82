"""Developer measurement: `crosswire eval` on annotated data and `crosswire bench` timings.

Nothing in the runtime stages imports from here."""
