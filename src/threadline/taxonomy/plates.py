"""Vehicle registration vocabulary shared by extraction (finding plates) and linking (keying them)."""

from __future__ import annotations

# Romanian county codes: the first block of a Romanian number plate ("B" is Bucharest).
RO_COUNTY_CODES: tuple[str, ...] = (
    "AB", "AG", "AR", "B", "BC", "BH", "BN", "BR", "BT", "BV", "BZ", "CJ", "CL", "CS", "CT", "CV",
    "DB", "DJ", "GJ", "GL", "GR", "HD", "HR", "IF", "IL", "IS", "MH", "MM", "MS", "NT", "OT", "PH",
    "SB", "SJ", "SM", "SV", "TL", "TM", "TR", "VL", "VN", "VS",
)  # fmt: skip
