from crosswire.models import DateEstimate


def test_a_date_names_its_day_only_when_known_to_the_day():
    assert str(DateEstimate("2024-03-05", "day", "metadata", 1.0).day()) == "2024-03-05"
    assert DateEstimate("2024-03", "month", "input", 0.8).day() is None
    assert DateEstimate(None, "unknown", "", 0.0).day() is None
    assert DateEstimate("2024-13-45", "day", "metadata", 1.0).day() is None
