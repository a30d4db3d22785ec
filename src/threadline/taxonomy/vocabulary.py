"""Controlled vocabularies shared by extraction, triage and insight (values of SCHEMA.md)."""

from __future__ import annotations

from enum import StrEnum


class Exploitation(StrEnum):
    SEXUAL = "sexual"
    LABOUR = "labour"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    CRIMINAL = "criminal"
    FORCED_MARRIAGE = "forced_marriage"
    ORGAN_REMOVAL = "organ_removal"


class Sector(StrEnum):
    SEX_INDUSTRY = "sex_industry"
    CONSTRUCTION = "construction"
    AGRICULTURE = "agriculture"
    FISHING = "fishing"
    MANUFACTURING = "manufacturing"
    FOOD_PROCESSING = "food_processing"
    HOSPITALITY = "hospitality"
    CAR_WASH = "car_wash"
    NAIL_BAR = "nail_bar"
    BARBER_BEAUTY = "barber_beauty"
    DOMESTIC_WORK = "domestic_work"
    CANNABIS_CULTIVATION = "cannabis_cultivation"
    DRUG_DEALING = "drug_dealing"
    BEGGING = "begging"
    SHOPLIFTING_THEFT = "shoplifting_theft"
    CARE_WORK = "care_work"
    LOGISTICS_WAREHOUSING = "logistics_warehousing"
    ONLINE_SCAM = "online_scam"
    RETAIL = "retail"
    OTHER = "other"


class Recruitment(StrEnum):
    LOVERBOY = "loverboy"
    FALSE_JOB_OFFER = "false_job_offer"
    DEBT_BONDAGE = "debt_bondage"
    FAMILY_OR_ACQUAINTANCE = "family_or_acquaintance"
    ABDUCTION = "abduction"
    ONLINE_ADVERTISING = "online_advertising"
    OTHER = "other"


class Indicator(StrEnum):
    """The ILO's eleven indicators of forced labour."""

    ABUSE_OF_VULNERABILITY = "abuse_of_vulnerability"
    DECEPTION = "deception"
    RESTRICTION_OF_MOVEMENT = "restriction_of_movement"
    ISOLATION = "isolation"
    PHYSICAL_SEXUAL_VIOLENCE = "physical_sexual_violence"
    INTIMIDATION_THREATS = "intimidation_threats"
    RETENTION_OF_DOCUMENTS = "retention_of_documents"
    WITHHOLDING_WAGES = "withholding_wages"
    DEBT_BONDAGE = "debt_bondage"
    ABUSIVE_CONDITIONS = "abusive_conditions"
    EXCESSIVE_OVERTIME = "excessive_overtime"


class SeizureKind(StrEnum):
    CASH = "cash"
    VEHICLES = "vehicles"
    FIREARMS = "firearms"
    DRUGS = "drugs"
    PHONES = "phones"
    DOCUMENTS = "documents"
    JEWELLERY_WATCHES = "jewellery_watches"
    PROPERTY = "property"
    BANK_ASSETS = "bank_assets"
    OTHER = "other"


class Role(StrEnum):
    SUSPECT = "suspect"
    VICTIM = "victim"
    OFFICIAL = "official"
    SPOKESPERSON = "spokesperson"
    NGO_WORKER = "ngo_worker"
    WITNESS = "witness"
    OTHER = "other"


class OutcomeKind(StrEnum):
    """What a count counts (the `outcomes` block of the schema, plus victims)."""

    VICTIMS = "victims"
    ARRESTED = "arrested"
    DETAINED = "detained"
    CHARGED = "charged"
    CONVICTED = "convicted"
    PREMISES_SEARCHED = "premises_searched"
    OFFICERS = "officers"
    SENTENCE_YEARS = "sentence_years"
