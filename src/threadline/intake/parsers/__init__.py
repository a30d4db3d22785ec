"""One module per format. Each exposes `parse(raw: bytes, *, name: str | None) -> list[ParsedReport]`
and raises only `IntakeError` for input it cannot accept."""
