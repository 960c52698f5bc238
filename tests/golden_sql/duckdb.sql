-- vitd: classify the lab results of labs (value=value, unit=unit, analyte=test, code=loinc) in place, one row at a time.
-- Appends vitd_status, vitd_analyte, vitd_value_si, vitd_unit_si, vitd_flag, vitd_category, vitd_severity, vitd_range, vitd_findings, vitd_panel, vitd_note and vitd_kind (why a row was not interpreted).
-- Generated from reference_ranges/ by `vitd sql --dialect duckdb`; do not edit. Needs: DuckDB 1.1 or later.
-- Per row: panels and their findings (corrected calcium, secondary hyperparathyroidism) need subject= and date= in --columns.
WITH vitd_units AS (
  SELECT
    'g%' AS spelling,
    'g/dL' AS unit
  UNION ALL
  SELECT
    'g/100ml',
    'g/dL'
  UNION ALL
  SELECT
    'g/dl',
    'g/dL'
  UNION ALL
  SELECT
    'g/l',
    'g/L'
  UNION ALL
  SELECT
    'meq/l',
    'mEq/L'
  UNION ALL
  SELECT
    'mg%',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/100ml',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/dl',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/l',
    'mg/L'
  UNION ALL
  SELECT
    'mgperdl',
    'mg/dL'
  UNION ALL
  SELECT
    'mm',
    'mmol/L'
  UNION ALL
  SELECT
    'mmol/l',
    'mmol/L'
  UNION ALL
  SELECT
    'mmolperl',
    'mmol/L'
  UNION ALL
  SELECT
    'mval/l',
    'mEq/L'
  UNION ALL
  SELECT
    'ng/cm3',
    'ng/mL'
  UNION ALL
  SELECT
    'ng/dl',
    'ng/dL'
  UNION ALL
  SELECT
    'ng/l',
    'pg/mL'
  UNION ALL
  SELECT
    'ng/ml',
    'ng/mL'
  UNION ALL
  SELECT
    'nm',
    'nmol/L'
  UNION ALL
  SELECT
    'nmol/l',
    'nmol/L'
  UNION ALL
  SELECT
    'pg/ml',
    'pg/mL'
  UNION ALL
  SELECT
    'pm',
    'pmol/L'
  UNION ALL
  SELECT
    'pmol/l',
    'pmol/L'
  UNION ALL
  SELECT
    'ug/l',
    'ng/mL'
  UNION ALL
  SELECT
    'umol/l',
    'umol/L'
), vitd_codes AS (
  SELECT
    '10386-1' AS code,
    CAST(NULL AS TEXT) AS analyte,
    'LOINC 10386-1 is another test (Albumin given [Volume])' AS reason
  UNION ALL
  SELECT
    '10553-6',
    CAST(NULL AS TEXT),
    'LOINC 10553-6 is another test (Prostataspezifische saure Phosphatase [Enzymaktivität/Volumen] in Genitalflüssigkeit)'
  UNION ALL
  SELECT
    '10558-5',
    CAST(NULL AS TEXT),
    'LOINC 10558-5 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '10834-0',
    CAST(NULL AS TEXT),
    'LOINC 10834-0 is another test (Globulin [Mass/volume] in Serum by calculation)'
  UNION ALL
  SELECT
    '10880-3',
    CAST(NULL AS TEXT),
    'LOINC 10880-3 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '10922-3',
    CAST(NULL AS TEXT),
    'LOINC 10922-3 is another test (Bovines Serumalbumin (BSA) IgE-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '11218-5',
    CAST(NULL AS TEXT),
    'LOINC 11218-5 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '12174-9',
    CAST(NULL AS TEXT),
    'LOINC 12174-9 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '12180-6',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '12181-4',
    CAST(NULL AS TEXT),
    'LOINC 12181-4 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '12453-7',
    CAST(NULL AS TEXT),
    'LOINC 12453-7 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '12506-2',
    CAST(NULL AS TEXT),
    'LOINC 12506-2 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --2. Probenmaterial nach XXX Stimulation)'
  UNION ALL
  SELECT
    '12512-0',
    CAST(NULL AS TEXT),
    'LOINC 12512-0 is another test (Calciumhydrogenphosphat-Dihydrat-Kristalle [Nachweis] in Urinsediment mit Lichtmikroskopie)'
  UNION ALL
  SELECT
    '12804-1',
    CAST(NULL AS TEXT),
    'LOINC 12804-1 is another test (Saure Phosphatase [Enzymaktivität/Volumen] in Körperflüssigkeit)'
  UNION ALL
  SELECT
    '12805-8',
    CAST(NULL AS TEXT),
    'LOINC 12805-8 is another test (Alkaline phosphatase isoenzyme [Units/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '13069-0',
    CAST(NULL AS TEXT),
    'LOINC 13069-0 is another test (Phosphatidylserin IgA-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13070-8',
    CAST(NULL AS TEXT),
    'LOINC 13070-8 is another test (Phosphatidat IgG-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13071-6',
    CAST(NULL AS TEXT),
    'LOINC 13071-6 is another test (Phosphatidat IgM-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13072-4',
    CAST(NULL AS TEXT),
    'LOINC 13072-4 is another test (Phosphatidat IgA-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13082-3',
    CAST(NULL AS TEXT),
    'LOINC 13082-3 is another test (Phosphatidylinositol IgG-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13083-1',
    CAST(NULL AS TEXT),
    'LOINC 13083-1 is another test (Phosphatidylinositol IgM-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '13454-4',
    CAST(NULL AS TEXT),
    'LOINC 13454-4 is another test (Calcium-Phosphat-Produkt [(Mol/Volumen) hoch 2] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '13536-8',
    CAST(NULL AS TEXT),
    'LOINC 13536-8 is another test (Globulin [Mass/volume] in Plasma)'
  UNION ALL
  SELECT
    '13539-2',
    CAST(NULL AS TEXT),
    'LOINC 13539-2 is urine, not serum'
  UNION ALL
  SELECT
    '13542-6',
    CAST(NULL AS TEXT),
    'LOINC 13542-6 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '13705-9',
    CAST(NULL AS TEXT),
    'LOINC 13705-9 is urine, not serum'
  UNION ALL
  SELECT
    '1376-3',
    CAST(NULL AS TEXT),
    'LOINC 1376-3 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --5 Minuten nach 0,5 µg/kg Pentagastrin intravenös)'
  UNION ALL
  SELECT
    '1378-9',
    CAST(NULL AS TEXT),
    'LOINC 1378-9 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --vor 0,5 µg/kg Pentagastrin intravenös)'
  UNION ALL
  SELECT
    '13874-3',
    CAST(NULL AS TEXT),
    'LOINC 13874-3 is another test (Alkalische Phosphatase.Leber 1 [Enzymaktivität/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '13875-0',
    CAST(NULL AS TEXT),
    'LOINC 13875-0 is another test (Alkaline phosphatase.liver 2 [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '13928-7',
    CAST(NULL AS TEXT),
    'LOINC 13928-7 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '13944-4',
    CAST(NULL AS TEXT),
    'LOINC 13944-4 is another test (Leukozyten-Phosphatase [Enzymaktivität/Volumen] Kontroll-Leukozyten mit Lichtmikroskopie)'
  UNION ALL
  SELECT
    '13959-2',
    CAST(NULL AS TEXT),
    'LOINC 13959-2 is another test (Calcium.ionisiert [Mol/Volumen] in Serum oder Plasma, berechnet)'
  UNION ALL
  SELECT
    '13973-3',
    CAST(NULL AS TEXT),
    'LOINC 13973-3 is another test (Prealbumin/Protein.total in Cerebral spinal fluid by Electrophoresis)'
  UNION ALL
  SELECT
    '13974-1',
    CAST(NULL AS TEXT),
    'LOINC 13974-1 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '13980-8',
    CAST(NULL AS TEXT),
    'LOINC 13980-8 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '13985-7',
    CAST(NULL AS TEXT),
    'LOINC 13985-7 is another test (Präalbumin/Protein.gesamt in 24-Stunden-Urin mit Elektrophorese)'
  UNION ALL
  SELECT
    '13986-5',
    CAST(NULL AS TEXT),
    'LOINC 13986-5 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '13992-3',
    CAST(NULL AS TEXT),
    'LOINC 13992-3 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '14117-6',
    CAST(NULL AS TEXT),
    'LOINC 14117-6 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '14245-5',
    CAST(NULL AS TEXT),
    'LOINC 14245-5 is another test (Phosphatidylserin IgG-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '14246-3',
    CAST(NULL AS TEXT),
    'LOINC 14246-3 is another test (Phosphatidylserine IgM Ab [Units/volume] in Serum)'
  UNION ALL
  SELECT
    '14338-8',
    CAST(NULL AS TEXT),
    'LOINC 14338-8 is another test (Prealbumin [Mass/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '14404-8',
    CAST(NULL AS TEXT),
    'LOINC 14404-8 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '14405-5',
    CAST(NULL AS TEXT),
    'LOINC 14405-5 is another test (Phosphat [Masse/Volumen] in Peritonealflüssigkeit)'
  UNION ALL
  SELECT
    '14407-1',
    CAST(NULL AS TEXT),
    'LOINC 14407-1 is another test (Phosphat [Masse/Volumen] in Magenflüssigkeit)'
  UNION ALL
  SELECT
    '14415-4',
    CAST(NULL AS TEXT),
    'LOINC 14415-4 is another test (Calcium [Mol/Volumen] in Amnionflüssigkeit)'
  UNION ALL
  SELECT
    '14417-0',
    CAST(NULL AS TEXT),
    'LOINC 14417-0 is another test (Calcium [Mol/Volumen] in Peritonealflüssigkeit)'
  UNION ALL
  SELECT
    '14433-7',
    CAST(NULL AS TEXT),
    'LOINC 14433-7 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '14436-0',
    CAST(NULL AS TEXT),
    'LOINC 14436-0 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '14566-4',
    CAST(NULL AS TEXT),
    'LOINC 14566-4 is another test (Calcitriol [Mol/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '14585-4',
    CAST(NULL AS TEXT),
    'LOINC 14585-4 is urine, not serum'
  UNION ALL
  SELECT
    '14588-8',
    CAST(NULL AS TEXT),
    'LOINC 14588-8 is another test (Alkalische Phosphatase-Isoenzyme [Interpretation] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '14635-7',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '14637-3',
    CAST(NULL AS TEXT),
    'LOINC 14637-3 is urine, not serum'
  UNION ALL
  SELECT
    '14865-0',
    CAST(NULL AS TEXT),
    'LOINC 14865-0 is not a value (an interpretation, a presence, a titer)'
  UNION ALL
  SELECT
    '14866-8',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '14879-1',
    'phosphate',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '14881-7',
    CAST(NULL AS TEXT),
    'LOINC 14881-7 is urine, not serum'
  UNION ALL
  SELECT
    '14956-7',
    CAST(NULL AS TEXT),
    'LOINC 14956-7 is another test (Microalbumin [Mass/time] in 24 hour Urine)'
  UNION ALL
  SELECT
    '14957-5',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '14958-3',
    CAST(NULL AS TEXT),
    'LOINC 14958-3 is another test (Microalbumin/Creatinine [Mass ratio] in 24 hour Urine)'
  UNION ALL
  SELECT
    '14959-1',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '15013-6',
    CAST(NULL AS TEXT),
    'LOINC 15013-6 is another test (Alkaline phosphatase.bone/Alkaline phosphatase.total in Serum or Plasma)'
  UNION ALL
  SELECT
    '15014-4',
    CAST(NULL AS TEXT),
    'LOINC 15014-4 is another test (Alkaline phosphatase.intestinal/Alkaline phosphatase.total in Serum or Plasma)'
  UNION ALL
  SELECT
    '15015-1',
    CAST(NULL AS TEXT),
    'LOINC 15015-1 is another test (Alkaline phosphatase.liver/Alkaline phosphatase.total in Serum or Plasma)'
  UNION ALL
  SELECT
    '15016-9',
    CAST(NULL AS TEXT),
    'LOINC 15016-9 is another test (Alkalische Phosphatase.plazentar/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15017-7',
    CAST(NULL AS TEXT),
    'LOINC 15017-7 is another test (Alkalische Phosphatase.regan/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15035-9',
    CAST(NULL AS TEXT),
    'LOINC 15035-9 is another test (Calcitonin [Mol/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15087-0',
    CAST(NULL AS TEXT),
    'PTH-related peptide, a different analyte from PTH'
  UNION ALL
  SELECT
    '15089-6',
    CAST(NULL AS TEXT),
    'LOINC 15089-6 is another test (Phospholipid [Mol/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15124-1',
    CAST(NULL AS TEXT),
    'LOINC 15124-1 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '15148-0',
    CAST(NULL AS TEXT),
    'LOINC 15148-0 is another test (Alkaline phosphatase [Enzymatic activity/volume] in Body fluid)'
  UNION ALL
  SELECT
    '15191-0',
    CAST(NULL AS TEXT),
    'LOINC 15191-0 is another test (Lupus anticoagulant neutralization dilute phospholipid [Presence] in Platelet poor plasma)'
  UNION ALL
  SELECT
    '15348-6',
    CAST(NULL AS TEXT),
    'LOINC 15348-6 is another test (Alkalische Phosphatase.Leber 1/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15349-4',
    CAST(NULL AS TEXT),
    'LOINC 15349-4 is another test (Alkalische Phosphatase.Leber 2/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '15529-1',
    CAST(NULL AS TEXT),
    'LOINC 15529-1 is another test (Lactalbumin alpha IgE-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '15590-3',
    CAST(NULL AS TEXT),
    'LOINC 15590-3 is another test (Bovines Serumalbumin (BSA) IgE-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '15897-2',
    CAST(NULL AS TEXT),
    'LOINC 15897-2 is another test (Ovalbumin IgE-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '16263-6',
    CAST(NULL AS TEXT),
    'LOINC 16263-6 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '16264-4',
    CAST(NULL AS TEXT),
    'LOINC 16264-4 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '16268-5',
    CAST(NULL AS TEXT),
    'LOINC 16268-5 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '16271-9',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '16315-4',
    CAST(NULL AS TEXT),
    'LOINC 16315-4 is another test (Saure Phosphatase [Enzymaktivität/Volumen] in Blut mit Tartrat-Hemmung)'
  UNION ALL
  SELECT
    '16337-8',
    CAST(NULL AS TEXT),
    'LOINC 16337-8 is another test (Alkalische Phosphatase [Enzymaktivität/Volumen] in Urin)'
  UNION ALL
  SELECT
    '1649-3',
    CAST(NULL AS TEXT),
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D'
  UNION ALL
  SELECT
    '16513-4',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '16517-5',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '16518-3',
    CAST(NULL AS TEXT),
    'LOINC 16518-3 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '16519-1',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '16526-6',
    CAST(NULL AS TEXT),
    'LOINC 16526-6 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '1711-1',
    CAST(NULL AS TEXT),
    'LOINC 1711-1 is another test (Saure Phosphatase [Enzymaktivität/Volumen] in Blut)'
  UNION ALL
  SELECT
    '1712-9',
    CAST(NULL AS TEXT),
    'LOINC 1712-9 is another test (Prostataspezifische saure Phosphatase [Enzymaktivität/Volumen] in Vaginalflüssigkeit)'
  UNION ALL
  SELECT
    '1714-5',
    CAST(NULL AS TEXT),
    'LOINC 1714-5 is another test (Prostataspezifische saure Phosphatase [Enzymaktivität/Volumen] in Serum)'
  UNION ALL
  SELECT
    '1715-2',
    CAST(NULL AS TEXT),
    'LOINC 1715-2 is another test (Acid phosphatase [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '17447-4',
    CAST(NULL AS TEXT),
    'LOINC 17447-4 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '1745-9',
    CAST(NULL AS TEXT),
    'LOINC 1745-9 is another test (Albumin [Masse/Volumen] in Amnionflüssigkeit)'
  UNION ALL
  SELECT
    '17455-7',
    CAST(NULL AS TEXT),
    'LOINC 17455-7 is another test (Phosphatidylinositol IgG-Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '17456-5',
    CAST(NULL AS TEXT),
    'LOINC 17456-5 is another test (Phosphatidylinositol IgM-Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '17459-9',
    CAST(NULL AS TEXT),
    'LOINC 17459-9 is another test (Phospholipid IgA-Antikörper [Einheiten/Volumen] in Serum mit Immunoassay)'
  UNION ALL
  SELECT
    '1746-7',
    CAST(NULL AS TEXT),
    'LOINC 1746-7 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '1747-5',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '1748-3',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '1749-1',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '1750-9',
    CAST(NULL AS TEXT),
    'LOINC 1750-9 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '1751-7',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '1752-5',
    CAST(NULL AS TEXT),
    'LOINC 1752-5 is another test (Albumin [Masse/Volumen] in Synovialflüssigkeit)'
  UNION ALL
  SELECT
    '1753-3',
    CAST(NULL AS TEXT),
    'LOINC 1753-3 is urine, not serum'
  UNION ALL
  SELECT
    '1754-1',
    CAST(NULL AS TEXT),
    'urine or body-fluid albumin, not serum'
  UNION ALL
  SELECT
    '1755-8',
    CAST(NULL AS TEXT),
    'LOINC 1755-8 is urine, not serum'
  UNION ALL
  SELECT
    '1756-6',
    CAST(NULL AS TEXT),
    'LOINC 1756-6 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '1757-4',
    CAST(NULL AS TEXT),
    'LOINC 1757-4 is urine, not serum'
  UNION ALL
  SELECT
    '1759-0',
    CAST(NULL AS TEXT),
    'LOINC 1759-0 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '1777-2',
    CAST(NULL AS TEXT),
    'LOINC 1777-2 is another test (Alkaline phosphatase.bone [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '1778-0',
    CAST(NULL AS TEXT),
    'LOINC 1778-0 is another test (Alkaline phosphatase.intestinal [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '1779-8',
    CAST(NULL AS TEXT),
    'LOINC 1779-8 is another test (Alkaline phosphatase.liver [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '1780-6',
    CAST(NULL AS TEXT),
    'LOINC 1780-6 is another test (Alkaline phosphatase.placental [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '1781-4',
    CAST(NULL AS TEXT),
    'LOINC 1781-4 is another test (Alkaline phosphatase.regan [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '17819-4',
    CAST(NULL AS TEXT),
    'LOINC 17819-4 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '17820-2',
    CAST(NULL AS TEXT),
    'LOINC 17820-2 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '1783-0',
    CAST(NULL AS TEXT),
    'LOINC 1783-0 is another test (Alkalische Phosphatase [Enzymaktivität/Volumen] in Blut)'
  UNION ALL
  SELECT
    '17838-4',
    CAST(NULL AS TEXT),
    'LOINC 17838-4 is another test (Alkaline phosphatase.bone [Mass/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '17861-6',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '17862-4',
    CAST(NULL AS TEXT),
    'urine calcium, not serum'
  UNION ALL
  SELECT
    '17863-2',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '17864-0',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '18186-7',
    CAST(NULL AS TEXT),
    'LOINC 18186-7 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '18488-7',
    CAST(NULL AS TEXT),
    'urine calcium, not serum'
  UNION ALL
  SELECT
    '19072-8',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '19123-9',
    'magnesium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '19124-7',
    CAST(NULL AS TEXT),
    'urine magnesium, not serum'
  UNION ALL
  SELECT
    '19140-3',
    CAST(NULL AS TEXT),
    'LOINC 19140-3 is another test (Phospholipid Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '1989-3',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '1990-1',
    CAST(NULL AS TEXT),
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D'
  UNION ALL
  SELECT
    '1992-7',
    CAST(NULL AS TEXT),
    'LOINC 1992-7 is another test (Calcitonin [Mass/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '1994-3',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '1995-0',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '1996-8',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '1998-4',
    CAST(NULL AS TEXT),
    'LOINC 1998-4 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '2000-8',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2001-6',
    CAST(NULL AS TEXT),
    'LOINC 2001-6 is urine, not serum'
  UNION ALL
  SELECT
    '2004-0',
    CAST(NULL AS TEXT),
    'urine calcium, not serum'
  UNION ALL
  SELECT
    '2005-7',
    CAST(NULL AS TEXT),
    'LOINC 2005-7 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '20420-6',
    CAST(NULL AS TEXT),
    'LOINC 20420-6 is another test (Prostatic acid phosphatase [Mass/volume] in Serum)'
  UNION ALL
  SELECT
    '20499-0',
    CAST(NULL AS TEXT),
    'LOINC 20499-0 is another test (Phosphatidylglycerol/Surfactant.total in Amniotic fluid)'
  UNION ALL
  SELECT
    '20621-9',
    CAST(NULL AS TEXT),
    'LOINC 20621-9 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '21058-3',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '21059-1',
    CAST(NULL AS TEXT),
    'LOINC 21059-1 is urine, not serum'
  UNION ALL
  SELECT
    '21131-8',
    CAST(NULL AS TEXT),
    'LOINC 21131-8 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --10 Minuten nach 0,5 µg/kg Pentagastrin intravenös)'
  UNION ALL
  SELECT
    '21133-4',
    CAST(NULL AS TEXT),
    'LOINC 21133-4 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --2 Minuten nach 0,5 µg/kg Pentagastrin intravenös)'
  UNION ALL
  SELECT
    '21377-7',
    'magnesium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '21458-5',
    CAST(NULL AS TEXT),
    'LOINC 21458-5 is urine, not serum'
  UNION ALL
  SELECT
    '2236-8',
    CAST(NULL AS TEXT),
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D'
  UNION ALL
  SELECT
    '2336-6',
    CAST(NULL AS TEXT),
    'LOINC 2336-6 is another test (Globulin [Mass/volume] in Serum)'
  UNION ALL
  SELECT
    '24332-9',
    CAST(NULL AS TEXT),
    'LOINC 24332-9 is another test (Alkalische Phosphatase - Isoenzyme (Liste) - Serum oder Plasma)'
  UNION ALL
  SELECT
    '24447-5',
    CAST(NULL AS TEXT),
    'urine magnesium, not serum'
  UNION ALL
  SELECT
    '2447-1',
    CAST(NULL AS TEXT),
    'LOINC 2447-1 is another test (Hydroxyproline [Mass/time] in 24 hour Urine)'
  UNION ALL
  SELECT
    '2450-5',
    CAST(NULL AS TEXT),
    'LOINC 2450-5 is another test (Hydroxyproline Free [Mass/time] in 24 hour Urine)'
  UNION ALL
  SELECT
    '24518-3',
    CAST(NULL AS TEXT),
    'LOINC 24518-3 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '24519-1',
    'phosphate',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2470-3',
    CAST(NULL AS TEXT),
    'LOINC 2470-3 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '25127-2',
    CAST(NULL AS TEXT),
    'LOINC 25127-2 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '25147-0',
    CAST(NULL AS TEXT),
    'LOINC 25147-0 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '25148-8',
    CAST(NULL AS TEXT),
    'LOINC 25148-8 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '25149-6',
    CAST(NULL AS TEXT),
    'LOINC 25149-6 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '25150-4',
    CAST(NULL AS TEXT),
    'LOINC 25150-4 is another test (Calciumsulfat-Kristalle [#/Fläche] in Urinsediment mit Lichtmikroskopie, hohe Vergrösserung)'
  UNION ALL
  SELECT
    '25362-5',
    CAST(NULL AS TEXT),
    'LOINC 25362-5 is urine, not serum'
  UNION ALL
  SELECT
    '25453-2',
    CAST(NULL AS TEXT),
    'LOINC 25453-2 is another test (Lactalbumin alpha IgA-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '25454-0',
    CAST(NULL AS TEXT),
    'LOINC 25454-0 is another test (Lactalbumin alpha IgA-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '25501-8',
    CAST(NULL AS TEXT),
    'LOINC 25501-8 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '25615-6',
    CAST(NULL AS TEXT),
    'LOINC 25615-6 is another test (Conalbumin IgE-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '25616-4',
    CAST(NULL AS TEXT),
    'LOINC 25616-4 is another test (Conalbumin IgE-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '2568-4',
    CAST(NULL AS TEXT),
    'LOINC 2568-4 is another test (Phospholipid [Masse/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '2593-2',
    'magnesium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2594-0',
    CAST(NULL AS TEXT),
    'LOINC 2594-0 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '2595-7',
    CAST(NULL AS TEXT),
    'LOINC 2595-7 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '25954-9',
    CAST(NULL AS TEXT),
    'LOINC 25954-9 is urine, not serum'
  UNION ALL
  SELECT
    '2596-5',
    CAST(NULL AS TEXT),
    'LOINC 2596-5 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '2597-3',
    CAST(NULL AS TEXT),
    'red-blood-cell magnesium, not serum'
  UNION ALL
  SELECT
    '25973-9',
    CAST(NULL AS TEXT),
    'LOINC 25973-9 is urine, not serum'
  UNION ALL
  SELECT
    '2598-1',
    CAST(NULL AS TEXT),
    'LOINC 2598-1 is urine, not serum'
  UNION ALL
  SELECT
    '2599-9',
    CAST(NULL AS TEXT),
    'LOINC 2599-9 is urine, not serum'
  UNION ALL
  SELECT
    '2600-5',
    CAST(NULL AS TEXT),
    'LOINC 2600-5 is another test (Magnesium ionisiert [Mol/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '2601-3',
    'magnesium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '26010-9',
    CAST(NULL AS TEXT),
    'LOINC 26010-9 is another test (Alkalische Phosphatase.andere Fraktionen/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '26425-9',
    CAST(NULL AS TEXT),
    'LOINC 26425-9 is another test (Lactalbumin alpha IgG4-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '26426-7',
    CAST(NULL AS TEXT),
    'LOINC 26426-7 is another test (Lactalbumin alpha IgG4-Antikörper-RAST-Klasse [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '26708-8',
    CAST(NULL AS TEXT),
    'LOINC 26708-8 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '26746-8',
    CAST(NULL AS TEXT),
    'red-blood-cell magnesium, not serum'
  UNION ALL
  SELECT
    '27037-1',
    CAST(NULL AS TEXT),
    'LOINC 27037-1 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '27172-6',
    CAST(NULL AS TEXT),
    'LOINC 27172-6 is urine, not serum'
  UNION ALL
  SELECT
    '2729-2',
    CAST(NULL AS TEXT),
    'LOINC 2729-2 is PTH-related peptide, not PTH'
  UNION ALL
  SELECT
    '2730-0',
    CAST(NULL AS TEXT),
    'LOINC 2730-0 is another PTH assay (C-terminal, N-terminal, mid-region)'
  UNION ALL
  SELECT
    '2731-8',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2774-8',
    'phosphate',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2775-5',
    CAST(NULL AS TEXT),
    'LOINC 2775-5 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '2776-3',
    CAST(NULL AS TEXT),
    'LOINC 2776-3 is urine, not serum'
  UNION ALL
  SELECT
    '2777-1',
    'phosphate',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2778-9',
    CAST(NULL AS TEXT),
    'urine phosphate, not serum'
  UNION ALL
  SELECT
    '2779-7',
    CAST(NULL AS TEXT),
    'LOINC 2779-7 is urine, not serum'
  UNION ALL
  SELECT
    '2780-5',
    CAST(NULL AS TEXT),
    'LOINC 2780-5 is urine, not serum'
  UNION ALL
  SELECT
    '2861-3',
    CAST(NULL AS TEXT),
    'LOINC 2861-3 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '2862-1',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '2876-1',
    CAST(NULL AS TEXT),
    'LOINC 2876-1 is another test (Präalbumin [Masse/Volumen] in Zerebrospinalflüssigkeit mit Elektrophorese)'
  UNION ALL
  SELECT
    '29265-6',
    'corrected_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '29365-4',
    CAST(NULL AS TEXT),
    'LOINC 29365-4 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '29900-7',
    CAST(NULL AS TEXT),
    'red-blood-cell magnesium, not serum'
  UNION ALL
  SELECT
    '29912-3',
    CAST(NULL AS TEXT),
    'LOINC 29912-3 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '30000-4',
    CAST(NULL AS TEXT),
    'LOINC 30000-4 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '30001-2',
    CAST(NULL AS TEXT),
    'LOINC 30001-2 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '30003-8',
    CAST(NULL AS TEXT),
    'LOINC 30003-8 is another test (Microalbumin [Mass/volume] in 24 hour Urine)'
  UNION ALL
  SELECT
    '30165-5',
    CAST(NULL AS TEXT),
    'LOINC 30165-5 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '30500-3',
    CAST(NULL AS TEXT),
    'LOINC 30500-3 is another test (Phosphatidylserin IgA-Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '30552-4',
    CAST(NULL AS TEXT),
    'LOINC 30552-4 is another test (Pyridoxal phosphate)'
  UNION ALL
  SELECT
    '31024-3',
    CAST(NULL AS TEXT),
    'LOINC 31024-3 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '32024-2',
    CAST(NULL AS TEXT),
    'LOINC 32024-2 is urine, not serum'
  UNION ALL
  SELECT
    '32031-7',
    CAST(NULL AS TEXT),
    'LOINC 32031-7 is another test (Phosphatidylserine IgA Ab [Units/volume] in Serum by Immunoassay)'
  UNION ALL
  SELECT
    '32032-5',
    CAST(NULL AS TEXT),
    'LOINC 32032-5 is another test (Phosphatidylserine IgG Ab [Units/volume] in Serum by Immunoassay)'
  UNION ALL
  SELECT
    '32033-3',
    CAST(NULL AS TEXT),
    'LOINC 32033-3 is another test (Phosphatidylserine IgM Ab [Units/volume] in Serum by Immunoassay)'
  UNION ALL
  SELECT
    '32137-2',
    CAST(NULL AS TEXT),
    'LOINC 32137-2 is another test (Calciumphosphat/Gesamt in Calculus (Stein))'
  UNION ALL
  SELECT
    '32145-5',
    CAST(NULL AS TEXT),
    'LOINC 32145-5 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '32156-2',
    CAST(NULL AS TEXT),
    'LOINC 32156-2 is another test (Calciumcarbonat/Gesamt in Calculus (Stein))'
  UNION ALL
  SELECT
    '32293-3',
    CAST(NULL AS TEXT),
    'LOINC 32293-3 is another test (Albumin [Masse/Volumen] in Probenmaterial)'
  UNION ALL
  SELECT
    '32294-1',
    CAST(NULL AS TEXT),
    'LOINC 32294-1 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '32329-5',
    CAST(NULL AS TEXT),
    'LOINC 32329-5 is another test (Magnesium [Mol/Volumen] in Probenmaterial)'
  UNION ALL
  SELECT
    '32351-9',
    CAST(NULL AS TEXT),
    'LOINC 32351-9 is another test (Alkaline phosphatase.heat labile [Enzymatic activity/volume] in Serum or Plasma by Heat stability)'
  UNION ALL
  SELECT
    '32352-7',
    CAST(NULL AS TEXT),
    'LOINC 32352-7 is another test (Alkaline phosphatase.heat stable [Enzymatic activity/volume] in Serum or Plasma by Heat stability)'
  UNION ALL
  SELECT
    '3282-1',
    CAST(NULL AS TEXT),
    'LOINC 3282-1 is another test (aPTT W excess hexagonal phase phospholipid in Platelet poor plasma by Coagulation assay)'
  UNION ALL
  SELECT
    '3285-4',
    CAST(NULL AS TEXT),
    'LOINC 3285-4 is another test (Phospholipid Antikörper [Einheiten/Volumen] in Serum mit Immunoassay)'
  UNION ALL
  SELECT
    '3286-2',
    CAST(NULL AS TEXT),
    'LOINC 3286-2 is another test (Phospholipid IgG-Antikörper [Einheiten/Volumen] in Serum mit Immunoassay)'
  UNION ALL
  SELECT
    '3287-0',
    CAST(NULL AS TEXT),
    'LOINC 3287-0 is another test (Phospholipid IgM-Antikörper [Einheiten/Volumen] in Serum mit Immunoassay)'
  UNION ALL
  SELECT
    '33241-1',
    CAST(NULL AS TEXT),
    'LOINC 33241-1 is another test (Calciumcarbonat-Kristalle [Nachweis] in Urin mit computerassistierter Methode)'
  UNION ALL
  SELECT
    '33310-4',
    CAST(NULL AS TEXT),
    'LOINC 33310-4 is another test (Phosphatidylserin Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '33421-9',
    CAST(NULL AS TEXT),
    'LOINC 33421-9 is another test (Alkaline phosphatase.other fractions [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '33787-3',
    CAST(NULL AS TEXT),
    'LOINC 33787-3 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --10. Probenmaterial nach XXX Stimulation)'
  UNION ALL
  SELECT
    '33790-7',
    CAST(NULL AS TEXT),
    'LOINC 33790-7 is urine, not serum'
  UNION ALL
  SELECT
    '33845-9',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '33847-5',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '33930-9',
    CAST(NULL AS TEXT),
    'LOINC 33930-9 is another test (aPTT mit Hexagonale-Phase-Phospholipid-Überschuss (StaClot Lupus-Antikoagulans-Bestätigung))'
  UNION ALL
  SELECT
    '33959-8',
    CAST(NULL AS TEXT),
    'LOINC 33959-8 is another test (Procalcitonin [Masse/Volumen] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '34354-1',
    CAST(NULL AS TEXT),
    'LOINC 34354-1 is urine, not serum'
  UNION ALL
  SELECT
    '34535-5',
    CAST(NULL AS TEXT),
    'LOINC 34535-5 is another test (Microalbumin/Creatinine panel in random Urine)'
  UNION ALL
  SELECT
    '34581-9',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '34938-1',
    CAST(NULL AS TEXT),
    'LOINC 34938-1 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '35365-6',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '35566-9',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '35675-8',
    CAST(NULL AS TEXT),
    'LOINC 35675-8 is urine, not serum'
  UNION ALL
  SELECT
    '35706-1',
    CAST(NULL AS TEXT),
    'LOINC 35706-1 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '35707-9',
    CAST(NULL AS TEXT),
    'LOINC 35707-9 is another test (Alkaline phosphatase.macrohepatic/Alkaline phosphatase.total in Serum or Plasma)'
  UNION ALL
  SELECT
    '38230-9',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '38250-7',
    CAST(NULL AS TEXT),
    'LOINC 38250-7 is another test (Calcium [Masse/Volumen] in Probenmaterial)'
  UNION ALL
  SELECT
    '40048-1',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '40051-5',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '40083-8',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '40230-5',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '40410-3',
    CAST(NULL AS TEXT),
    'LOINC 40410-3 is another test (Alkalische Phosphatase [Enzymaktivität/Volumen] in Peritonealflüssigkeit)'
  UNION ALL
  SELECT
    '40599-3',
    CAST(NULL AS TEXT),
    'LOINC 40599-3 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '40794-0',
    CAST(NULL AS TEXT),
    'LOINC 40794-0 is another test (Alkalische Phosphatase.intestinal [Nachweis] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '40857-5',
    CAST(NULL AS TEXT),
    'LOINC 40857-5 is another test (Präalbumin [Masse/Volumen] in Urin)'
  UNION ALL
  SELECT
    '41644-6',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '41645-3',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '41646-1',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '42593-4',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '42673-4',
    CAST(NULL AS TEXT),
    'LOINC 42673-4 is another test (Calciumhydrogenphosphat-Dihydrat [Sättigungsfraktion] in 24-Stunden-Urin)'
  UNION ALL
  SELECT
    '42739-3',
    CAST(NULL AS TEXT),
    'LOINC 42739-3 is another test (Phosphatidylcholine IgA Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42740-1',
    CAST(NULL AS TEXT),
    'LOINC 42740-1 is another test (Phosphatidylcholine IgA Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42741-9',
    CAST(NULL AS TEXT),
    'LOINC 42741-9 is another test (Phosphatidylcholine IgG Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42742-7',
    CAST(NULL AS TEXT),
    'LOINC 42742-7 is another test (Phosphatidylcholine IgG Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42743-5',
    CAST(NULL AS TEXT),
    'LOINC 42743-5 is another test (Phosphatidylcholine IgM Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42744-3',
    CAST(NULL AS TEXT),
    'LOINC 42744-3 is another test (Phosphatidylcholine IgM Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42745-0',
    CAST(NULL AS TEXT),
    'LOINC 42745-0 is another test (Phosphatidylethanolamine IgA Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42746-8',
    CAST(NULL AS TEXT),
    'LOINC 42746-8 is another test (Phosphatidylethanolamine IgA Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42747-6',
    CAST(NULL AS TEXT),
    'LOINC 42747-6 is another test (Phosphatidylethanolamine IgG Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42748-4',
    CAST(NULL AS TEXT),
    'LOINC 42748-4 is another test (Phosphatidylethanolamine IgG Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42749-2',
    CAST(NULL AS TEXT),
    'LOINC 42749-2 is another test (Phosphatidylethanolamine IgM Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42750-0',
    CAST(NULL AS TEXT),
    'LOINC 42750-0 is another test (Phosphatidylethanolamine IgM Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42751-8',
    CAST(NULL AS TEXT),
    'LOINC 42751-8 is another test (Phosphatidylserine IgA Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42752-6',
    CAST(NULL AS TEXT),
    'LOINC 42752-6 is another test (Phosphatidylserine IgA Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42753-4',
    CAST(NULL AS TEXT),
    'LOINC 42753-4 is another test (Phosphatidylserine IgG Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42754-2',
    CAST(NULL AS TEXT),
    'LOINC 42754-2 is another test (Phosphatidylserine IgG Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42755-9',
    CAST(NULL AS TEXT),
    'LOINC 42755-9 is another test (Phosphatidylserine IgM Ab B2GP1 dependent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42756-7',
    CAST(NULL AS TEXT),
    'LOINC 42756-7 is another test (Phosphatidylserine IgM Ab B2GP1 independent [Multiple of the median] in Serum)'
  UNION ALL
  SELECT
    '42857-3',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '43212-0',
    CAST(NULL AS TEXT),
    'LOINC 43212-0 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '43713-7',
    CAST(NULL AS TEXT),
    'LOINC 43713-7 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '43939-8',
    CAST(NULL AS TEXT),
    'LOINC 43939-8 is another test (Alkalische Phosphatase.Leber [Nachweis] in Serum oder Plasma)'
  UNION ALL
  SELECT
    '44293-9',
    CAST(NULL AS TEXT),
    'LOINC 44293-9 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '44429-9',
    CAST(NULL AS TEXT),
    'LOINC 44429-9 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '46093-1',
    CAST(NULL AS TEXT),
    'LOINC 46093-1 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '46099-8',
    'corrected_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '46130-1',
    CAST(NULL AS TEXT),
    'LOINC 46130-1 is another test (Prealbumin)'
  UNION ALL
  SELECT
    '46269-7',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '46413-1',
    CAST(NULL AS TEXT),
    'LOINC 46413-1 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --7 Minuten nach 0,5 µg/kg Pentagastrin intravenös)'
  UNION ALL
  SELECT
    '4659-9',
    CAST(NULL AS TEXT),
    'LOINC 4659-9 is another test (Leukozyten-Phosphatase [Enzymaktivität/Volumen] in Leukozyten)'
  UNION ALL
  SELECT
    '47094-8',
    CAST(NULL AS TEXT),
    'LOINC 47094-8 is another test (Calciferol (Vit D2) [Moles/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '47300-9',
    CAST(NULL AS TEXT),
    'LOINC 47300-9 is another test (Phosphatidat IgM-Antikörper [Einheiten/Volumen] in Serum mit Immunoassay)'
  UNION ALL
  SELECT
    '47369-4',
    CAST(NULL AS TEXT),
    'LOINC 47369-4 is another test (Calcitonin [Masse/Volumen] in Körperflüssigkeit)'
  UNION ALL
  SELECT
    '47596-2',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '48617-5',
    'phosphate',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '48669-6',
    CAST(NULL AS TEXT),
    'LOINC 48669-6 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '49005-2',
    CAST(NULL AS TEXT),
    'LOINC 49005-2 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '49006-0',
    CAST(NULL AS TEXT),
    'LOINC 49006-0 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '49007-8',
    CAST(NULL AS TEXT),
    'LOINC 49007-8 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '49023-5',
    CAST(NULL AS TEXT),
    'LOINC 49023-5 is another test (Microalbumin [Mass/time] in Urine collected for unspecified duration)'
  UNION ALL
  SELECT
    '49047-4',
    CAST(NULL AS TEXT),
    'LOINC 49047-4 is another test (Globulin [Mass/volume] in Urine by Electrophoresis)'
  UNION ALL
  SELECT
    '49054-0',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '49218-1',
    CAST(NULL AS TEXT),
    'LOINC 49218-1 is another test (Phosphatidylinositol/Surfactant.total in Amniotic fluid)'
  UNION ALL
  SELECT
    '49243-9',
    CAST(NULL AS TEXT),
    'LOINC 49243-9 is another test (Alkalische Phosphatase-Isoenzyme [Interpretation] in Serum oder Plasma - Freitext)'
  UNION ALL
  SELECT
    '49288-4',
    CAST(NULL AS TEXT),
    'LOINC 49288-4 is not a value (an interpretation, a presence, a titer)'
  UNION ALL
  SELECT
    '49543-2',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '49590-3',
    CAST(NULL AS TEXT),
    'LOINC 49590-3 is another test (Calcidiol and Calciferol panel - Serum or Plasma)'
  UNION ALL
  SELECT
    '49764-4',
    CAST(NULL AS TEXT),
    'LOINC 49764-4 is another test (Calcium [Masse/Volumen] in Amnionflüssigkeit)'
  UNION ALL
  SELECT
    '49765-1',
    'calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '49924-4',
    CAST(NULL AS TEXT),
    'LOINC 49924-4 is another test (Alkalische Phosphatase.makro/Alkalische Phosphatase.gesamt in Serum oder Plasma)'
  UNION ALL
  SELECT
    '50209-6',
    CAST(NULL AS TEXT),
    'LOINC 50209-6 is urine, not serum'
  UNION ALL
  SELECT
    '50236-9',
    CAST(NULL AS TEXT),
    'LOINC 50236-9 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '50410-0',
    CAST(NULL AS TEXT),
    'LOINC 50410-0 is another test (dRVVT/dRVVT W excess phospholipid (screen to confirm ratio))'
  UNION ALL
  SELECT
    '50469-6',
    CAST(NULL AS TEXT),
    'LOINC 50469-6 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --1. Probenmaterial)'
  UNION ALL
  SELECT
    '50470-4',
    CAST(NULL AS TEXT),
    'LOINC 50470-4 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --2. Probenmaterial)'
  UNION ALL
  SELECT
    '50471-2',
    CAST(NULL AS TEXT),
    'LOINC 50471-2 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --3. Probenmaterial)'
  UNION ALL
  SELECT
    '50472-0',
    CAST(NULL AS TEXT),
    'LOINC 50472-0 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --4. Probenmaterial)'
  UNION ALL
  SELECT
    '50473-8',
    CAST(NULL AS TEXT),
    'LOINC 50473-8 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --5. Probenmaterial)'
  UNION ALL
  SELECT
    '50474-6',
    CAST(NULL AS TEXT),
    'LOINC 50474-6 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --6. Probenmaterial)'
  UNION ALL
  SELECT
    '50475-3',
    CAST(NULL AS TEXT),
    'LOINC 50475-3 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --7. Probenmaterial)'
  UNION ALL
  SELECT
    '50476-1',
    CAST(NULL AS TEXT),
    'LOINC 50476-1 is another test (Calcitonin [Masse/Volumen] in Serum oder Plasma --8. Probenmaterial)'
  UNION ALL
  SELECT
    '50525-5',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50526-3',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50527-1',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50528-9',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50529-7',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50530-5',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50531-3',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50532-1',
    'pth',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '50836-6',
    CAST(NULL AS TEXT),
    'LOINC 50836-6 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '50873-9',
    CAST(NULL AS TEXT),
    'LOINC 50873-9 is urine, not serum'
  UNION ALL
  SELECT
    '50898-6',
    CAST(NULL AS TEXT),
    'LOINC 50898-6 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '50949-7',
    CAST(NULL AS TEXT),
    'LOINC 50949-7 is urine, not serum'
  UNION ALL
  SELECT
    '51190-7',
    CAST(NULL AS TEXT),
    'LOINC 51190-7 is urine, not serum'
  UNION ALL
  SELECT
    '51530-4',
    CAST(NULL AS TEXT),
    'LOINC 51530-4 is another test (Lactalbumin alpha IgG-Antikörper [Nachweis] in Serum)'
  UNION ALL
  SELECT
    '51610-4',
    CAST(NULL AS TEXT),
    'LOINC 51610-4 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '51693-0',
    CAST(NULL AS TEXT),
    'LOINC 51693-0 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '53087-3',
    CAST(NULL AS TEXT),
    'LOINC 53087-3 is another test (Calcium.ionisiert [Mol/Volumen] angepasst an pH 7,4 in nicht-biologischer Flüssigkeit)'
  UNION ALL
  SELECT
    '53131-9',
    CAST(NULL AS TEXT),
    'LOINC 53131-9 is another test (Calciumoxalat-Kristalle [#/Fläche] in Urinsediment mit Lichtmikroskopie, niedrige Vergrösserung)'
  UNION ALL
  SELECT
    '53296-0',
    CAST(NULL AS TEXT),
    'LOINC 53296-0 is another test (Calciumoxalat-Kristalle [#/Volumen] in Urin mit computerassistierter Methode)'
  UNION ALL
  SELECT
    '53299-4',
    CAST(NULL AS TEXT),
    'LOINC 53299-4 is another test (Calciumphosphat-Kristalle [#/Volumen] in Urin mit computerassistierter Methode)'
  UNION ALL
  SELECT
    '53306-7',
    CAST(NULL AS TEXT),
    'LOINC 53306-7 is another test (Calciumoxalat-Kristalle [#/Fläche] in Urin mit computerassistierter Methode)'
  UNION ALL
  SELECT
    '53502-1',
    CAST(NULL AS TEXT),
    'LOINC 53502-1 is another test (Calcium [Mol/Masse] in Probenmaterial)'
  UNION ALL
  SELECT
    '53529-4',
    CAST(NULL AS TEXT),
    'LOINC 53529-4 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '53531-0',
    CAST(NULL AS TEXT),
    'LOINC 53531-0 is another protein (prealbumin, microalbumin, globulin, transthyretin)'
  UNION ALL
  SELECT
    '53977-5',
    CAST(NULL AS TEXT),
    'LOINC 53977-5 is another test (Dimagnesiumphosphat-Kristalle [Nachweis] in Urinsediment mit Lichtmikroskopie)'
  UNION ALL
  SELECT
    '54346-2',
    CAST(NULL AS TEXT),
    'LOINC 54346-2 is a body fluid or dialysate, not serum'
  UNION ALL
  SELECT
    '54347-0',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '54366-0',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '54922-0',
    CAST(NULL AS TEXT),
    'LOINC 54922-0 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '55178-8',
    CAST(NULL AS TEXT),
    'LOINC 55178-8 is another test (Calciumphosphat-Kristalle [Nachweis] in Probenmaterial mit Lichtmikroskopie)'
  UNION ALL
  SELECT
    '55814-8',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '57335-2',
    CAST(NULL AS TEXT),
    'LOINC 57335-2 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '57367-5',
    CAST(NULL AS TEXT),
    'LOINC 57367-5 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '5773-7',
    CAST(NULL AS TEXT),
    'LOINC 5773-7 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '5774-5',
    CAST(NULL AS TEXT),
    'LOINC 5774-5 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '5775-2',
    CAST(NULL AS TEXT),
    'LOINC 5775-2 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '5776-0',
    CAST(NULL AS TEXT),
    'LOINC 5776-0 is an enzyme, a lipid or a crystal, not the mineral'
  UNION ALL
  SELECT
    '57838-5',
    CAST(NULL AS TEXT),
    'LOINC 57838-5 is another test (dRVVT W excess phospholipid (LA confirm))'
  UNION ALL
  SELECT
    '5814-9',
    CAST(NULL AS TEXT),
    'LOINC 5814-9 is another test (Triple phosphate crystals [Presence] in Urine sediment by Light microscopy)'
  UNION ALL
  SELECT
    '58431-8',
    CAST(NULL AS TEXT),
    'LOINC 58431-8 is another test (Microalbumin panel - 24 hour Urine)'
  UNION ALL
  SELECT
    '58447-4',
    CAST(NULL AS TEXT),
    'LOINC 58447-4 is another test (Microalbumin/Creatinine panel in 24H Urine)'
  UNION ALL
  SELECT
    '58448-2',
    CAST(NULL AS TEXT),
    'LOINC 58448-2 is another test (Microalbumin ug/min [Mass/time] in 24 hour Urine)'
  UNION ALL
  SELECT
    '59164-4',
    CAST(NULL AS TEXT),
    'LOINC 59164-4 is another test (Alkaline phosphatase [Enzymatic activity/volume] in Dialysis fluid)'
  UNION ALL
  SELECT
    '59470-5',
    'ionized_calcium',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '61151-7',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '61152-5',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '62234-0',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '62235-7',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '62236-5',
    CAST(NULL AS TEXT),
    'LOINC 62236-5 is another test (Pyridoxal phosphate)'
  UNION ALL
  SELECT
    '62290-2',
    CAST(NULL AS TEXT),
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D'
  UNION ALL
  SELECT
    '62292-8',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '6768-6',
    CAST(NULL AS TEXT),
    'LOINC 6768-6 is another test (Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma)'
  UNION ALL
  SELECT
    '68438-1',
    'vitamin_d',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '6874-2',
    CAST(NULL AS TEXT),
    'LOINC 6874-2 is urine, not serum'
  UNION ALL
  SELECT
    '6942-7',
    CAST(NULL AS TEXT),
    'LOINC 6942-7 is urine, not serum'
  UNION ALL
  SELECT
    '71790-0',
    CAST(NULL AS TEXT),
    'LOINC 71790-0 is urine, not serum'
  UNION ALL
  SELECT
    '72257-9',
    CAST(NULL AS TEXT),
    'LOINC 72257-9 is another test (Platelet function.collagen + Adenosine diphosphate induced and EPINEPHrine induced panel - Blood)'
  UNION ALL
  SELECT
    '74442-5',
    CAST(NULL AS TEXT),
    'LOINC 74442-5 is another test (Pyridoxal phosphate)'
  UNION ALL
  SELECT
    '7445-0',
    CAST(NULL AS TEXT),
    'LOINC 7445-0 is another test (Lactalbumin alpha IgE Ab [Units/volume] in Serum)'
  UNION ALL
  SELECT
    '75241-0',
    CAST(NULL AS TEXT),
    'LOINC 75241-0 is another test (Procalcitonin [Mass/volume] in Serum or Plasma by Immunoassay)'
  UNION ALL
  SELECT
    '7556-4',
    CAST(NULL AS TEXT),
    'LOINC 7556-4 is another test (Ovalbumin IgE-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '75884-7',
    CAST(NULL AS TEXT),
    'LOINC 75884-7 is another test (aPTT.lupus sensitive/aPTT.lupus sensitive W excess phospholipid (screen to confirm ratio))'
  UNION ALL
  SELECT
    '76480-3',
    CAST(NULL AS TEXT),
    'LOINC 76480-3 is spinal fluid, not serum'
  UNION ALL
  SELECT
    '76631-1',
    'albumin',
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    '77158-4',
    CAST(NULL AS TEXT),
    'LOINC 77158-4 is urine, not serum'
  UNION ALL
  SELECT
    '7801-4',
    CAST(NULL AS TEXT),
    'LOINC 7801-4 is another test (Phospholipid IgG-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '7802-2',
    CAST(NULL AS TEXT),
    'LOINC 7802-2 is another test (Phospholipid IgM-Antikörper [Einheiten/Volumen] in Serum)'
  UNION ALL
  SELECT
    '78961-0',
    CAST(NULL AS TEXT),
    'LOINC 78961-0 is not a blood level (score, antibody, channel, drug, challenge)'
  UNION ALL
  SELECT
    '89998-9',
    CAST(NULL AS TEXT),
    'LOINC 89998-9 is urine, not serum'
  UNION ALL
  SELECT
    '9318-7',
    CAST(NULL AS TEXT),
    'LOINC 9318-7 is a ratio, a clearance or an index'
  UNION ALL
  SELECT
    '9326-0',
    CAST(NULL AS TEXT),
    'LOINC 9326-0 is another test (Phosphatidylserine IgG Ab [Presence] in Serum by Immunoassay)'
  UNION ALL
  SELECT
    '9327-8',
    CAST(NULL AS TEXT),
    'LOINC 9327-8 is another test (Phosphatidylserine IgM Ab [Presence] in Serum by Immunoassay)'
), vitd_map AS (
  SELECT
    CAST(NULL AS TEXT) AS key,
    CAST(NULL AS TEXT) AS analyte
  WHERE
    1 = 0
), vitd_excluded AS (
  SELECT
    'loinc' AS by_what,
    '14957-5' AS key,
    'urine or body-fluid albumin, not serum' AS reason,
    'non-serum specimen' AS kind
  UNION ALL
  SELECT
    'loinc',
    '14959-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '15087-0',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'loinc',
    '1649-3',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '1747-5',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1748-3',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1749-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1754-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '17862-4',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '18488-7',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '19124-7',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1990-1',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '2004-0',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2236-8',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '24447-5',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2597-3',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '26746-8',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2778-9',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '29900-7',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '62290-2',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 (oh)2d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxy vitamin d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxyvitamin d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxyvitamin d3',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25(oh)2d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '24h urine calcium',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, ascites',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, body fluid',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, csf',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, pleural',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, urine',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin/creatinine ratio',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calciferol',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'calcitriol',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'calcium 24h urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, 24 hour urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, urine 24h',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium/creatinine ratio',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'cholecalciferol',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'cholecalciferol (vit d3)',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'ergocalciferol',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'magnesium rbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, 24 hour urine',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, rbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, red blood cell',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, urine',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'mgrbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'microalbumin',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'parathyroid hormone related protein',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'phosphate, urine',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'phosphorus, urine',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'pth related peptide',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'pthrp',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'rbc magnesium',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'red cell magnesium',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine albumin',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine calcium',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine magnesium',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine phosphate',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'vit d3',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d 1,25 dihydroxy',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d2',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d3',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
), vitd_analytes AS (
  SELECT
    'vitamin_d' AS analyte,
    '25-hydroxyvitamin D (total)' AS name,
    'nmol/L' AS si_unit,
    'ng/mL' AS conventional_unit,
    400.64e0 AS molar_mass,
    CAST(NULL AS INT) AS valence,
    2.0e0 AS plausible_lo,
    1500.0e0 AS plausible_hi,
    'endocrine-society-2011' AS scheme,
    '30-100 ng/mL (75-250 nmol/L) (endocrine-society-2011)' AS range_text
  UNION ALL
  SELECT
    'calcium',
    'Calcium (total, serum)',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.74e0,
    5.0e0,
    'msd',
    '8.8-10.4 mg/dL (2.2-2.6 mmol/L) (msd)'
  UNION ALL
  SELECT
    'ionized_calcium',
    'Ionized calcium',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.3e0,
    3.0e0,
    'pmc7276095',
    '1.1-1.3 mmol/L (4.4-5.2 mg/dL) (pmc7276095)'
  UNION ALL
  SELECT
    'albumin',
    'Albumin (serum)',
    'g/L',
    'g/dL',
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    5.0e0,
    80.0e0,
    'standard',
    '3.5-5 g/dL (35-50 g/L) (standard)'
  UNION ALL
  SELECT
    'magnesium',
    'Magnesium (serum)',
    'mmol/L',
    'mg/dL',
    24.305e0,
    2,
    0.08e0,
    10.0e0,
    'msd',
    '1.8-2.6 mg/dL (0.7-1.05 mmol/L) (msd)'
  UNION ALL
  SELECT
    'pth',
    'Parathyroid hormone (intact)',
    'pmol/L',
    'pg/mL',
    9425.0e0,
    CAST(NULL AS INT),
    0.1e0,
    500.0e0,
    'pmc7276095',
    '15-65 pg/mL (1.6-6.9 pmol/L) (pmc7276095)'
  UNION ALL
  SELECT
    'phosphate',
    'Phosphate (serum, as phosphorus)',
    'mmol/L',
    'mg/dL',
    30.974e0,
    CAST(NULL AS INT),
    0.09e0,
    8.1e0,
    'davis',
    '2.5-4.5 mg/dL (0.81-1.45 mmol/L) (davis)'
  UNION ALL
  SELECT
    'corrected_calcium',
    'Corrected calcium (albumin-adjusted, estimate)',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.74e0,
    5.0e0,
    'msd',
    '8.8-10.4 mg/dL (2.2-2.6 mmol/L) (msd)'
), vitd_bands AS (
  SELECT
    'vitamin_d' AS analyte,
    'endocrine-society-2011' AS scheme,
    0 AS band_index,
    'deficient' AS category,
    'low' AS flag,
    'severe' AS severity,
    'vitamin_d_deficiency' AS finding,
    'below' AS op,
    '12.0 ng/mL; 30.0 nmol/L' AS cutoffs
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    1,
    'deficient',
    'low',
    'moderate',
    'vitamin_d_deficiency',
    'below',
    '20.0 ng/mL; 50.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    2,
    'insufficient',
    'low',
    'mild',
    'vitamin_d_insufficiency',
    'below',
    '30.0 ng/mL; 75.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    3,
    'sufficient',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '100.0 ng/mL; 250.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    4,
    'high',
    'high',
    'mild',
    'vitamin_d_excess',
    'up_to',
    '150.0 ng/mL; 375.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    5,
    'toxic',
    'high',
    'severe',
    'vitamin_d_excess',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'calcium',
    'msd',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '7.0 mg/dL; 1.75 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '7.5 mg/dL; 1.875 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    2,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '1.9 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    3,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '8.8 mg/dL; 2.2 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    4,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '10.4 mg/dL; 2.6 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    5,
    'hypercalcemia',
    'high',
    'mild',
    'hypercalcemia',
    'below',
    '12.0 mg/dL; 3.0 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    6,
    'hypercalcemia',
    'high',
    'moderate',
    'hypercalcemia',
    'below',
    '14.0 mg/dL; 3.5 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    7,
    'hypercalcemia',
    'high',
    'severe',
    'hypercalcemia',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '0.8 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '0.9 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    2,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '1.1 mmol/L; 4.4 mg/dL'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    3,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '1.3 mmol/L; 5.2 mg/dL'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    4,
    'hypercalcemia',
    'high',
    'mild',
    'hypercalcemia',
    'up_to',
    '1.5 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    5,
    'hypercalcemia',
    'high',
    'moderate',
    'hypercalcemia',
    'up_to',
    '1.8 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    6,
    'hypercalcemia',
    'high',
    'severe',
    'hypercalcemia',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'albumin',
    'standard',
    0,
    'hypoalbuminemia',
    'low',
    CAST(NULL AS TEXT),
    'hypoalbuminemia',
    'below',
    '3.5 g/dL; 35.0 g/L'
  UNION ALL
  SELECT
    'albumin',
    'standard',
    1,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '5.0 g/dL; 50.0 g/L'
  UNION ALL
  SELECT
    'albumin',
    'standard',
    2,
    'high',
    'high',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    0,
    'hypomagnesemia',
    'low',
    'severe',
    'hypomagnesemia',
    'below',
    '0.4 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    1,
    'hypomagnesemia',
    'low',
    'moderate',
    'hypomagnesemia',
    'up_to',
    '0.63 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    2,
    'hypomagnesemia',
    'low',
    'mild',
    'hypomagnesemia',
    'below',
    '1.8 mg/dL; 0.7 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    3,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '2.6 mg/dL; 1.05 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    4,
    'hypermagnesemia',
    'high',
    'mild',
    'hypermagnesemia',
    'below',
    '3.5 mEq/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    5,
    'hypermagnesemia',
    'high',
    'moderate',
    'hypermagnesemia',
    'below',
    '6.0 mg/dL; 2.5 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    6,
    'hypermagnesemia',
    'high',
    'severe',
    'hypermagnesemia',
    'below',
    '12.0 mg/dL; 5.0 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    7,
    'hypermagnesemia',
    'high',
    'severe',
    'hypermagnesemia',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    0,
    'low',
    'low',
    CAST(NULL AS TEXT),
    'low_pth',
    'below',
    '15.0 pg/mL; 1.6 pmol/L'
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    1,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '65.0 pg/mL; 6.9 pmol/L'
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    2,
    'high',
    'high',
    CAST(NULL AS TEXT),
    'elevated_pth',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    0,
    'hypophosphatemia',
    'low',
    CAST(NULL AS TEXT),
    'hypophosphatemia',
    'below',
    '2.5 mg/dL; 0.81 mmol/L'
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    1,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '4.5 mg/dL; 1.45 mmol/L'
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    2,
    'hyperphosphatemia',
    'high',
    CAST(NULL AS TEXT),
    'hyperphosphatemia',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '7.0 mg/dL; 1.75 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '7.5 mg/dL; 1.875 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    2,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '1.9 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    3,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '8.8 mg/dL; 2.2 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    4,
    'normal',
    'normal',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT),
    'up_to',
    '10.4 mg/dL; 2.6 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    5,
    'hypercalcemia',
    'high',
    'mild',
    'hypercalcemia',
    'below',
    '12.0 mg/dL; 3.0 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    6,
    'hypercalcemia',
    'high',
    'moderate',
    'hypercalcemia',
    'below',
    '14.0 mg/dL; 3.5 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    7,
    'hypercalcemia',
    'high',
    'severe',
    'hypercalcemia',
    CAST(NULL AS TEXT),
    CAST(NULL AS TEXT)
), vitd_cutoffs AS (
  SELECT
    'vitamin_d' AS analyte,
    'ng/mL' AS unit,
    'mass' AS kind,
    0 AS si_same,
    1e-06 AS si_fs,
    400.64e0 AS si_dv,
    1.0e0 AS si_ml,
    1e-09 AS si_fd,
    5 AS last_band,
    'ng/mL' AS cut_unit_0,
    12.0e0 AS cut_0,
    1 AS below_0,
    1 AS same_0,
    1e-06 AS fs_0,
    1.0e0 AS dv_0,
    1.0e0 AS ml_0,
    1e-06 AS fd_0,
    'ng/mL' AS cut_unit_1,
    20.0e0 AS cut_1,
    1 AS below_1,
    1 AS same_1,
    1e-06 AS fs_1,
    1.0e0 AS dv_1,
    1.0e0 AS ml_1,
    1e-06 AS fd_1,
    'ng/mL' AS cut_unit_2,
    30.0e0 AS cut_2,
    1 AS below_2,
    1 AS same_2,
    1e-06 AS fs_2,
    1.0e0 AS dv_2,
    1.0e0 AS ml_2,
    1e-06 AS fd_2,
    'ng/mL' AS cut_unit_3,
    100.0e0 AS cut_3,
    0 AS below_3,
    1 AS same_3,
    1e-06 AS fs_3,
    1.0e0 AS dv_3,
    1.0e0 AS ml_3,
    1e-06 AS fd_3,
    'ng/mL' AS cut_unit_4,
    150.0e0 AS cut_4,
    0 AS below_4,
    1 AS same_4,
    1e-06 AS fs_4,
    1.0e0 AS dv_4,
    1.0e0 AS ml_4,
    1e-06 AS fd_4,
    CAST(NULL AS TEXT) AS cut_unit_5,
    CAST(NULL AS DOUBLE) AS cut_5,
    CAST(NULL AS INT) AS below_5,
    CAST(NULL AS INT) AS same_5,
    CAST(NULL AS DOUBLE) AS fs_5,
    CAST(NULL AS DOUBLE) AS dv_5,
    CAST(NULL AS DOUBLE) AS ml_5,
    CAST(NULL AS DOUBLE) AS fd_5,
    CAST(NULL AS TEXT) AS cut_unit_6,
    CAST(NULL AS DOUBLE) AS cut_6,
    CAST(NULL AS INT) AS below_6,
    CAST(NULL AS INT) AS same_6,
    CAST(NULL AS DOUBLE) AS fs_6,
    CAST(NULL AS DOUBLE) AS dv_6,
    CAST(NULL AS DOUBLE) AS ml_6,
    CAST(NULL AS DOUBLE) AS fd_6
  UNION ALL
  SELECT
    'vitamin_d',
    'ng/dL',
    'mass',
    0,
    1e-08,
    400.64e0,
    1.0e0,
    1e-09,
    5,
    'ng/mL',
    12.0e0,
    1,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    20.0e0,
    1,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    30.0e0,
    1,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    100.0e0,
    0,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    150.0e0,
    0,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'pg/mL',
    'mass',
    0,
    1e-09,
    400.64e0,
    1.0e0,
    1e-09,
    5,
    'ng/mL',
    12.0e0,
    1,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    20.0e0,
    1,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    30.0e0,
    1,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    100.0e0,
    0,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    150.0e0,
    0,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'nmol/L',
    'molar',
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    5,
    'nmol/L',
    30.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    50.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    75.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    250.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    375.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'pmol/L',
    'molar',
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    5,
    'nmol/L',
    30.0e0,
    1,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    50.0e0,
    1,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    75.0e0,
    1,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    250.0e0,
    0,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    375.0e0,
    0,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    7,
    'mg/dL',
    7.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mmol/L',
    1.9e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    8.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'calcium',
    'mg/L',
    'mass',
    0,
    0.001e0,
    40.078e0,
    1.0e0,
    0.001e0,
    7,
    'mg/dL',
    7.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mmol/L',
    1.9e0,
    1,
    0,
    0.001e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    8.8e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    1.75e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.9e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    1.75e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.9e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'ionized_calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.8e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    4.4e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    5.2e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mmol/L',
    1.5e0,
    0,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.8e0,
    0,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'ionized_calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.8e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.1e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.3e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.5e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.8e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'ionized_calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.8e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.1e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.3e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.5e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.8e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'albumin',
    'g/dL',
    'mass',
    0,
    10.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    2,
    'g/dL',
    3.5e0,
    1,
    1,
    10.0e0,
    1.0e0,
    1.0e0,
    10.0e0,
    'g/dL',
    5.0e0,
    0,
    1,
    10.0e0,
    1.0e0,
    1.0e0,
    10.0e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'albumin',
    'g/L',
    'mass',
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    2,
    'g/L',
    35.0e0,
    1,
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    'g/L',
    50.0e0,
    0,
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'magnesium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    1.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    2.6e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mEq/L',
    3.5e0,
    1,
    0,
    0.01e0,
    24.305e0,
    2.0e0,
    0.001e0,
    'mg/dL',
    6.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'magnesium',
    'mg/L',
    'mass',
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    1.8e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    2.6e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mEq/L',
    3.5e0,
    1,
    0,
    0.001e0,
    24.305e0,
    2.0e0,
    0.001e0,
    'mg/dL',
    6.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'magnesium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    0.4e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.7e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.05e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mEq/L',
    3.5e0,
    1,
    0,
    0.001e0,
    1.0e0,
    2.0e0,
    0.001e0,
    'mmol/L',
    2.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    5.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'magnesium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.7e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.05e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mEq/L',
    3.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    5.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'pth',
    'pg/mL',
    'mass',
    0,
    1e-09,
    9425.0e0,
    1.0e0,
    1e-12,
    2,
    'pg/mL',
    15.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'pg/mL',
    65.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'pth',
    'ng/mL',
    'mass',
    0,
    1e-06,
    9425.0e0,
    1.0e0,
    1e-12,
    2,
    'pg/mL',
    15.0e0,
    1,
    0,
    1e-06,
    1.0e0,
    1.0e0,
    1e-09,
    'pg/mL',
    65.0e0,
    0,
    0,
    1e-06,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'pth',
    'pmol/L',
    'molar',
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    2,
    'pmol/L',
    1.6e0,
    1,
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    'pmol/L',
    6.9e0,
    0,
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    30.974e0,
    1.0e0,
    0.001e0,
    2,
    'mg/dL',
    2.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    4.5e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mg/L',
    'mass',
    0,
    0.001e0,
    30.974e0,
    1.0e0,
    0.001e0,
    2,
    'mg/dL',
    2.5e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    4.5e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    2,
    'mmol/L',
    0.81e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.45e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS TEXT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'corrected_calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    7,
    'mg/dL',
    7.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mmol/L',
    1.9e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    8.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'corrected_calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    1.75e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.9e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'corrected_calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    7,
    'mmol/L',
    1.75e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.9e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
), vitd_in AS (
  SELECT DISTINCT
    COALESCE(CAST("value" AS TEXT), '') AS k_v,
    COALESCE(CAST("unit" AS TEXT), '') AS k_u,
    COALESCE(CAST("test" AS TEXT), '') AS k_n,
    COALESCE(CAST("loinc" AS TEXT), '') AS k_c
  FROM labs
), vitd_t0 AS (
  SELECT DISTINCT
    k_n,
    k_c
  FROM vitd_in
), vitd_t1 AS (
  SELECT
    vitd_t0.*,
    REGEXP_REPLACE(
      k_n,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS label,
    REGEXP_REPLACE(
      k_c,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS code,
    REGEXP_REPLACE(
      '',
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS s_
  FROM vitd_t0
), vitd_nm_nf0 AS (
  SELECT
    vitd_t1.*,
    REPLACE(
      REPLACE(
        REPLACE(
          REPLACE(
            REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REPLACE(
                                  REPLACE(
                                    REPLACE(REPLACE(REPLACE(REPLACE(label, '¼', '1⁄4'), '½', '1⁄2'), '¾', '3⁄4'), 'ß', 'ss'),
                                    'æ',
                                    'ae'
                                  ),
                                  '‥',
                                  '..'
                                ),
                                '…',
                                '...'
                              ),
                              '℃',
                              '°c'
                            ),
                            '№',
                            'no'
                          ),
                          '™',
                          'tm'
                        ),
                        'Ⅱ',
                        'ii'
                      ),
                      'Ⅲ',
                      'iii'
                    ),
                    'Ⅳ',
                    'iv'
                  ),
                  'ⅱ',
                  'ii'
                ),
                'ⅲ',
                'iii'
              ),
              'ⅳ',
              'iv'
            ),
            '㎍',
            'μg'
          ),
          '㎎',
          'mg'
        ),
        '㎏',
        'kg'
      ),
      '㎕',
      'μl'
    ) AS nf0
  FROM vitd_t1
), vitd_nm_nf1 AS (
  SELECT
    vitd_nm_nf0.*,
    LOWER(
      TRANSLATE(
        REPLACE(
          REPLACE(
            REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(REPLACE(REPLACE(REPLACE(nf0, '㎖', 'ml'), '㎗', 'dl'), '㎘', 'kl'), '㎛', 'μm'),
                              '㎜',
                              'mm'
                            ),
                            '㎝',
                            'cm'
                          ),
                          '㎞',
                          'km'
                        ),
                        '㏄',
                        'cc'
                      ),
                      'ﬀ',
                      'ff'
                    ),
                    'ﬁ',
                    'fi'
                  ),
                  'ﬂ',
                  'fl'
                ),
                'ﬃ',
                'ffi'
              ),
              'ﬄ',
              'ffl'
            ),
            'ﬅ',
            'st'
          ),
          'ﬆ',
          'st'
        ),
        '_ ¨ª¯²³´¸¹ºÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳʰʲʳʷʸ˘˙˚˛˜˝ˡˢˣͺ;΄΅ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂᵃᵇᵈᵉᵍᵏᵐᵒᵖᵗᵘᵛᵢᵣᵤᵥᶜᶠᶻḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ᾽᾿῀῁῍῎῏῝῞῟῭΅`´῾           –—‗․ ‾ ⁰ⁱ⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜℂℊℋℌℍℎℐℑℒℓℕℙℚℛℜℝℤℨKÅℬℭℯℰℱℳℴℹⅅⅆⅇⅈⅉⅠⅤⅩⅬⅭⅮⅯⅰⅴⅹⅼⅽⅾⅿ−≠≮≯①②③④⑤⑥⑦⑧⑨ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝⓞⓟⓠⓡⓢⓣⓤⓥⓦⓧⓨⓩ⓪ⱼⱽ　゛゜ꟲꟳꟴ﬩ﱞﱟﱠﱡﱢﱣ︐︓︔︕︖︱︲︳︴︵︶︷︸﹇﹈﹉﹊﹋﹌﹍﹎﹏﹐﹒﹔﹕﹖﹗﹘﹙﹚﹛﹜﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫ﹰﹲﹴﹶﹸﹺﹼﹾ！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～￣̴̵̶̷̸᳔᳢᳣᳤᳥᳦᳧᳨⃒⃓⃘⃙⃚⃥⃦⃪⃫़়਼઼଼఼಼့᬴᯦᰷꦳゙゚्্੍્୍்్್഻഼്්ฺ຺྄္်᜔᜕᜴្᩠᭄᮪᮫᯲᯳⵿꠆꠬꣄꥓꧀꫶꯭ְֱֲֳִֵֶַָׇֹֺֻּֽֿׁׂﬞًࣰٌࣱٍࣲؘَؙُؚِّْٰܑౕౖุู่้๊๋ຸູ່້໊໋ཱཱཱཱིིེཻོཽྀྀུུ̡̢̧̨᷐᷎̛༹᷺〪̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎͓͔͕͖͙͚֑֖֛֢֣֤֥֦֧֪ׅٕٖٜٟۣ۪ۭܱܴܷܸܹܻܼܾ݂݄݆݈߲߽࡙࡚࡛࢙࢚࢛࣏࣐࣑࣒࣓ࣣࣦࣩ࣭࣮࣯ࣶࣹࣺ॒༘༙༵༷࿆ႍ᤻ᨘ᩿᪵᪶᪷᪸᪹᪺᪽ᪿᫀ᫃᫄᫊᭬᳕᳖᳗᳘᳙᳜᳝᳞᳟᳭᷂᷊᷏᷹᷽᷿⃨⃬⃭⃮⃯꤫꤬꤭ꪴ︧︨︩︪︫︬︭֚֭᤹〭〮〯֮ᢩ᷷᷸〫̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ҃҄҅҆҇֒֓֔֕֗֘֙֜֝֞֟֠֡֨֩֫֬֯ׄؐؑؒؓؔؕؖؗٓٔٗ٘ٙٚٛٝٞۖۗۘۙۚۛۜ۟۠ۡۢۤۧۨ۫۬ܰܲܳܵܶܺܽܿ݀݁݃݅݇݉݊߫߬߭߮߯߰߱߳ࠖࠗ࠘࠙ࠛࠜࠝࠞࠟࠠࠡࠢࠣࠥࠦࠧࠩࠪࠫࠬ࠭࢘࢜࢝࢞࢟࣊࣋࣌࣍࣎ࣔࣕࣖࣗࣘࣙࣚࣛࣜࣝࣞࣟ࣠࣡ࣤࣥࣧࣨ࣪࣫࣬ࣳࣴࣵࣷࣸࣻࣼࣽࣾࣿ॑॓॔৾ྂྃ྆྇፝፞፟៝᤺ᨗ᩵᩶᩷᩸᩹᩺᩻᩼᪰᪱᪲᪳᪴᪻᪼᫁᫂᫅᫆᫇᫈᫉᫋ᫌᫍᫎ᭫᭭᭮᭯᭰᭱᭲᭳᳐᳑᳒᳚᳛᳠᳴᳸᳹᷀᷁᷃᷄᷅᷆᷇᷈᷉᷋᷌᷑᷒ᷓᷔᷕᷖᷗᷘᷙᷚᷛᷜᷝᷞᷟᷠᷡᷢᷣᷤᷥᷦᷧᷨᷩᷪᷫᷬᷭᷮᷯᷰᷱᷲᷳᷴ᷵᷻᷾⃐⃑⃔⃕⃖⃗⃛⃜⃡⃧⃩⃰⳯⳰⳱ⷠⷡⷢⷣⷤⷥⷦⷧⷨⷩⷪⷫⷬⷭⷮⷯⷰⷱⷲⷳⷴⷵⷶⷷⷸⷹⷺⷻⷼⷽⷾⷿ꙯ꙴꙵꙶꙷꙸꙹꙺꙻ꙼꙽ꚞꚟ꛰꛱꣠꣡꣢꣣꣤꣥꣦꣧꣨꣩꣪꣫꣬꣭꣮꣯꣰꣱ꪰꪲꪳꪷꪸꪾ꪿꫁︠︡︢︣︤︥︦︮︯̕̚͘᷶〬͜͟͢᷼͝͞͠͡᷍ͅ﻿ﾞﾟ',
        '   a 23  1oaaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyhjrwy      lsx ;  abdeghijklmnoprtuwabdegkmoptuviruvcfzaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwysaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy            `             -- .   0i456789+-=()n0123456789+-=()aeoxhklmnpstcghhhhiillnpqrrrzzkabceefmoiddeijivxlcdmivxlcdm-=<>123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0jv   cfq+      ,:;!?--  (){}[]       ,.;:?!-(){}#&*+-<>=\$%@        !"#$%&''()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\]^ `abcdefghijklmnopqrstuvwxyz{|}~ '
      )
    ) AS nf
  FROM vitd_nm_nf0
), vitd_nm_nr0 AS (
  SELECT
    vitd_nm_nf1.*,
    REGEXP_REPLACE(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REGEXP_REPLACE(
              REGEXP_REPLACE(
                REGEXP_REPLACE(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(
                      REGEXP_REPLACE(
                        REGEXP_REPLACE(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              REGEXP_REPLACE(
                                REGEXP_REPLACE(
                                  REGEXP_REPLACE(
                                    REGEXP_REPLACE(
                                      REGEXP_REPLACE(
                                        REGEXP_REPLACE(
                                          REGEXP_REPLACE(
                                            nf,
                                            '25[	
    -     　]*\[[	
    -     　]*oh[	
    -     　]*\]',
                                            ' 25oh ',
                                            'g'
                                          ),
                                          'lc[	
    -     　]*/[	
    -     　]*ms[	
    -     　]*/[	
    -     　]*ms',
                                          ' lcmsms ',
                                          'g'
                                        ),
                                        'lc[	
    -     　]*-[	
    -     　]*ms[	
    -     　]*/[	
    -     　]*ms',
                                        ' lcmsms ',
                                        'g'
                                      ),
                                      '\[[	
    -     　]*(interpretation|presence|presence or identity|identifier|arbitrary|titer|ratio|mass ratio|moles ratio|number|#)[^\]]*\]',
                                      ' not_a_value ',
                                      'g'
                                    ),
                                    '\[[^\]]*\]',
                                    ' ',
                                    'g'
                                  ),
                                  '(^|[^a-z])(mg|g|ng|pg|ug|mcg|mmol|umol|nmol|pmol|meq|mval|iu)[	
    -     　]*/[	
    -     　]*(dl|l|ml|100[	
    -     　]*ml)([^a-z]|$)',
                                  '\1 \4',
                                  'g'
                                ),
                                '(^|[^a-z])(mg|g|ng|pg|ug|mcg|mmol|umol|nmol|pmol|meq|mval|iu)[	
    -     　]*/[	
    -     　]*(dl|l|ml|100[	
    -     　]*ml)([^a-z]|$)',
                                '\1 \4',
                                'g'
                              ),
                              '\([	
    -     　]*(0[0-9]{2,5}|[0-9]{4,6})([^0-9]|$)',
                              ' ( \2',
                              'g'
                            ),
                            '\([	
    -     　]*(0[0-9]{2,5}|[0-9]{4,6})([^0-9]|$)',
                            ' ( \2',
                            'g'
                          ),
                          '([a-z]{3})(19|20)[0-9]{2}([^0-9]|$)',
                          '\1 \3',
                          'g'
                        ),
                        '([a-z]{3})(19|20)[0-9]{2}([^0-9]|$)',
                        '\1 \3',
                        'g'
                      ),
                      '(^|[^a-z0-9])[0-9]+[	
    -     　]*x[	
    -     　]*[0-9]+',
                      '\1 ',
                      'g'
                    ),
                    '(^|[^0-9])[0-9]{1,2}[	
    -     　]*(\.|st|nd|rd|th)[	
    -     　]*(probenmaterial|specimen|sample)',
                    '\1 nth_specimen ',
                    'g'
                  ),
                  '(without|w[	
    -     　]*/[	
    -     　]*o|ohne|sans|sin|senza|sem|zonder|utan|uden|uten|ilman)[	
    -     　]+(calcium|ca|kalzium|calcio|kalcium|kalsium)([^a-z]|$)',
                  ' \3',
                  'g'
                ),
                '(without|w[	
    -     　]*/[	
    -     　]*o|ohne|sans|sin|senza|sem|zonder|utan|uden|uten|ilman)[	
    -     　]+(calcium|ca|kalzium|calcio|kalcium|kalsium)([^a-z]|$)',
                ' \3',
                'g'
              ),
              '(^|[	
    -     　,;(])(f?s|f?p|s?p|sp|fs|pt|vp|ap|cp)[	
    -     　]*(-|—|–)+[	
    -     　]*',
              '\1 specimen_serum ',
              'g'
            ),
            '(^|[	
    -     　,;(])(b|cb|vb|ab|ecb|mb|pb)[	
    -     　]*(-|—|–)+[	
    -     　]*',
            '\1 specimen_blood ',
            'g'
          ),
          '(^|[	
    -     　,;(])(as|plv|ascv|asc|di|dia|syv|pf)[	
    -     　]*(-|—|–)+[	
    -     　]*',
          '\1 specimen_fluid ',
          'g'
        ),
        '(^|[	
    -     　,;(])(d?u|u24|du24|pu)[	
    -     　]*(-|—|–)+[	
    -     　]*',
        '\1 specimen_urine ',
        'g'
      ),
      '(^|[	
    -     　,;(])(csv|csf|lkv|likv)[	
    -     　]*(-|—|–)+[	
    -     　]*',
      '\1 specimen_csf ',
      'g'
    ) AS nr0
  FROM vitd_nm_nf1
), vitd_nm_nr1 AS (
  SELECT
    vitd_nm_nr0.*,
    REGEXP_REPLACE(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REGEXP_REPLACE(
              REGEXP_REPLACE(
                REGEXP_REPLACE(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(
                      REGEXP_REPLACE(
                        REGEXP_REPLACE(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              REGEXP_REPLACE(
                                REGEXP_REPLACE(
                                  REGEXP_REPLACE(
                                    REGEXP_REPLACE(
                                      REGEXP_REPLACE(
                                        REGEXP_REPLACE(
                                          REGEXP_REPLACE(
                                            nr0,
                                            '(^|[	
    -     　,;(])(erc|ery|e|rbc)[	
    -     　]*(-|—|–)+[	
    -     　]*',
                                            '\1 specimen_rbc ',
                                            'g'
                                          ),
                                          ';[	
    -     　]*(stofk|stofkonc|subst[	
    -     　]*c|massec|massek|arb[	
    -     　]*c|konc|substance concentration|mass concentration)\.?',
                                          ' ',
                                          'g'
                                        ),
                                        '1[	
    -     　]*[,.]?[	
    -     　]*25[	
    -     　]*[-(]?[	
    -     　]*(\([	
    -     　]*oh[	
    -     　]*\)[	
    -     　]*2|oh[	
    -     　]*2|di[	
    -     　]*-?[	
    -     　]*oh|dihydroxy|dihidroxi|diidrossi|dihydroxi)',
                                        ' dihydroxy_125 ',
                                        'g'
                                      ),
                                      '1[	
    -     　]*alpha[	
    -     　]*[,.]?[	
    -     　]*25',
                                      ' dihydroxy_125 ',
                                      'g'
                                    ),
                                    '1[	
    -     　]*[,.][	
    -     　]*25[	
    -     　]*-?[	
    -     　]*\(?[	
    -     　]*oh([^a-z]|$)',
                                    ' dihydroxy_125 \1',
                                    'g'
                                  ),
                                  '1[	
    -     　]*[,.][	
    -     　]*25[	
    -     　]*-?[	
    -     　]*\(?[	
    -     　]*oh([^a-z]|$)',
                                  ' dihydroxy_125 \1',
                                  'g'
                                ),
                                '(calcifediol|calcidiol)[	
    -     　]*\+[	
    -     　]*25[	
    -     　]*-?[	
    -     　]*hydroxy[	
    -     　]*-?[	
    -     　]*ergocalciferol',
                                ' 25oh d2d3 ',
                                'g'
                              ),
                              '25[	
    -     　]*-?[	
    -     　]*hydroxy[	
    -     　]*-?[	
    -     　]*ergocalciferol[	
    -     　]*\+[	
    -     　]*(calcifediol|calcidiol)',
                              ' 25oh d2d3 ',
                              'g'
                            ),
                            '24[	
    -     　]*[,.][	
    -     　]*25[	
    -     　]*[-(]?[	
    -     　]*(\([	
    -     　]*oh[	
    -     　]*\)[	
    -     　]*2|oh[	
    -     　]*2|dihydroxy|di[	
    -     　]*oh)',
                            ' dihydroxy_2425 ',
                            'g'
                          ),
                          '25[	
    -     　]*[-(]?[	
    -     　]*(\([	
    -     　]*oh[	
    -     　]*\)|oh|hydroxy|hydroxi|idrossi|hidroxi|hidroxy|hydroksi|hydroksy)[	
    -     　]*\)?[	
    -     　]*-?[	
    -     　]*',
                          ' 25oh ',
                          'g'
                        ),
                        '(^|[^a-z])d[	
    -     　]*2[	
    -     　]*(\+|&|and|und|et|y|e|og|och|ja|en|/|,)[	
    -     　]*d?[	
    -     　]*3([^0-9]|$)',
                        '\1 d2d3 \3',
                        'g'
                      ),
                      '(^|[^a-z])d[	
    -     　]*2[	
    -     　]*(\+|&|and|und|et|y|e|og|och|ja|en|/|,)[	
    -     　]*d?[	
    -     　]*3([^0-9]|$)',
                      '\1 d2d3 \3',
                      'g'
                    ),
                    '(^|[^a-z])d[	
    -     　]*3[	
    -     　]*(\+|&|and|und|et|y|e|og|och|ja|en|/|,)[	
    -     　]*d?[	
    -     　]*2([^0-9]|$)',
                    '\1 d2d3 \3',
                    'g'
                  ),
                  '(^|[^a-z])d[	
    -     　]*3[	
    -     　]*(\+|&|and|und|et|y|e|og|och|ja|en|/|,)[	
    -     　]*d?[	
    -     　]*2([^0-9]|$)',
                  '\1 d2d3 \3',
                  'g'
                ),
                '(vitamin|vitamine|vitamina|vitamiini|vit|25oh)[	
    -     　]*-?[	
    -     　]*d[	
    -     　]*-?[	
    -     　]*([23])([^0-9]|$)',
                '\1 d d\2 \3',
                'g'
              ),
              '(vitamin|vitamine|vitamina|vitamiini|vit|25oh)[	
    -     　]*-?[	
    -     　]*d[	
    -     　]*-?[	
    -     　]*([23])([^0-9]|$)',
              '\1 d d\2 \3',
              'g'
            ),
            '25oh[	
    -     　]*([23])([^0-9]|$)',
            '25oh d d\1 \2',
            'g'
          ),
          '25oh[	
    -     　]*([23])([^0-9]|$)',
          '25oh d d\1 \2',
          'g'
        ),
        '(^|[^a-z])c?ca[	
    -     　]*(2[	
    -     　]*\+|\+[	
    -     　]*\+|\+[	
    -     　]*2)',
        '\1 ca ionized ',
        'g'
      ),
      '(calcium|kalsium|kalzium|calcio|kalcium)[	
    -     　]*\([	
    -     　]*ii[	
    -     　]*\)',
      '\1 ',
      'g'
    ) AS nr1
  FROM vitd_nm_nr0
), vitd_nm_nr2 AS (
  SELECT
    vitd_nm_nr1.*,
    REGEXP_REPLACE(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REGEXP_REPLACE(
              REGEXP_REPLACE(
                REGEXP_REPLACE(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(
                      REGEXP_REPLACE(
                        REGEXP_REPLACE(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              REGEXP_REPLACE(
                                REGEXP_REPLACE(
                                  REGEXP_REPLACE(
                                    REGEXP_REPLACE(
                                      REGEXP_REPLACE(
                                        REGEXP_REPLACE(
                                          REGEXP_REPLACE(
                                            nr1,
                                            '(magnesium|magnesio)[	
    -     　]*\([	
    -     　]*ii[	
    -     　]*\)',
                                            '\1 ',
                                            'g'
                                          ),
                                          'p[	
    -     　]*h[	
    -     　]*[=:]?[	
    -     　]*7[	
    -     　]*[.,][	
    -     　]*4[	
    -     　]*0?',
                                          ' ph_74 ',
                                          'g'
                                        ),
                                        '\([	
    -     　]*7[	
    -     　]*[.,][	
    -     　]*4[	
    -     　]*0?[	
    -     　]*\)',
                                        ' ph_74 ',
                                        'g'
                                      ),
                                      '([a-z+/ ,])7[	
    -     　]*[.,][	
    -     　]*40?([^0-9]|$)',
                                      '\1 ph_74 \2',
                                      'g'
                                    ),
                                    '([a-z+/ ,])7[	
    -     　]*[.,][	
    -     　]*40?([^0-9]|$)',
                                    '\1 ph_74 \2',
                                    'g'
                                  ),
                                  '^7[	
    -     　]*[.,][	
    -     　]*40?([^0-9]|$)',
                                  ' ph_74 \1',
                                  'g'
                                ),
                                'ph_74[	
    -     　]*[-:]?[	
    -     　]*(korjattu|korrigiert|corrected|adjusted|korr|korrigert|korrigerad|korrigeret|corrige|corregido|corretto)',
                                ' ph_74 ',
                                'g'
                              ),
                              '(adjusted|corrected|angepasst|korrigiert|normalized|normalised|normalisiert|korjattu|corrigee|corrige|corregido|corretto|corrigido|korrigert|korrigerad|korrigeret|gecorrigeerd|normalise|normalisee)[	
    -     　]*(to|an|auf|at|a|al|au|naar|till|til|pa)?[	
    -     　]*ph_74',
                              ' ph_74 ',
                              'g'
                            ),
                            'caion',
                            ' ca ion ',
                            'g'
                          ),
                          '(^|[^a-z0-9])d[	
    -     　]*3?[	
    -     　]*-[	
    -     　]*25([^0-9o]|o[^h]|o$|$)',
                          '\1 25oh d \2',
                          'g'
                        ),
                        '(^|[^a-z0-9])d[	
    -     　]*3?[	
    -     　]*-[	
    -     　]*25([^0-9o]|o[^h]|o$|$)',
                        '\1 25oh d \2',
                        'g'
                      ),
                      '(vitamiini|vitamin|vitamine|vitamina)[	
    -     　]*-[	
    -     　]*25([^0-9o]|o[^h]|o$|$)',
                      '\1 25oh \2',
                      'g'
                    ),
                    '(vitamiini|vitamin|vitamine|vitamina)[	
    -     　]*-[	
    -     　]*25([^0-9o]|o[^h]|o$|$)',
                    '\1 25oh \2',
                    'g'
                  ),
                  '25oh[	
    -     　]*-?[	
    -     　]*d([^a-z0-9]|$)',
                  ' 25oh \1',
                  'g'
                ),
                '25oh[	
    -     　]*-?[	
    -     　]*d([^a-z0-9]|$)',
                ' 25oh \1',
                'g'
              ),
              '(^|[^a-z])d[	
    -     　]*([23])[	
    -     　]*-?[	
    -     　]*(vitamiini|vitamin|vitamine)',
              '\1 \3 d d\2 ',
              'g'
            ),
            'gen[	
    -     　]*\.?[	
    -     　]*2',
            ' gen2 ',
            'g'
          ),
          '[	
    -     　]+/[	
    -     　]+',
          ' , ',
          'g'
        ),
        '24[	
    -     　]*-?[	
    -     　]*(h|hr|hrs|hour|hours|std|stunden|stunden|tim|timer|timmar|t|heures|horas|ore|uur|tunnin|tuntia)([^a-z0-9_]|$)',
        ' collection_24h \2',
        'g'
      ),
      '1[	
    -     　]*-[	
    -     　]*84',
      ' pth_1_84 ',
      'g'
    ) AS nr
  FROM vitd_nm_nr1
), vitd_nm_words AS (
  SELECT
    vitd_nm_nr2.*,
    REGEXP_REPLACE(REPLACE(nr, '/', ' / '), '[^a-z0-9_/]+', ' ', 'g') || ' ' AS nw
  FROM vitd_nm_nr2
), vitd_nm_cover AS (
  SELECT
    vitd_nm_words.*,
    REGEXP_REPLACE(
      nw,
      '(en fonction de l albumine|en fonction de l albuminemie|25oh vitamin d calcidiol|by lc ms ms|corrige pour l albumine|id lc ms ms|ion selective membrane electrode|vitamin d and metabolites|vitamin d d3 25oh|25oh vit d|25oh vitamiini 25oh|25oh vitamiini d|25oh vitamin d|25oh vitamina d|25oh vitamine d|adjusted for albumin|albumin adjusted calcium|albumin adjusted calculated|albumin corrected calcium|arterial whole blood|ca 15 3|ca 19 9|ca 27 29|ca 72 4|ca ion vapaa|ca p product|ca x p|calcium phosphate product|corrected for albumin|corregido por albumina|corretto per albumina|corrigido pela albumina|d vitamiini 25oh|d vitamin 25oh|fur albumin korrigiert|gecorrigeerd voor albumine|gemischt venosem blut|glucose 6 phosphate|hormonio da paratireoide|ion selective electrode|lc ms ms|liquide cephalo rachidien|parathyroid hormone intact|phosphate as p|phosphate as phosphorus|phosphorus as phosphate|point in time|point of care|prodotto calcio fosforo|red blood cells|selon l albumine|serum eller plasma|serum oder plasma|serum of plasma|serum or plasma|serum ou plasma|siero o plasma|soro ou plasma|suero o plasma|sum of d2d3|tandem mass spectrometry|venous whole blood|verde de bromocresol|vert de bromocresol|vit d 25oh|vit d metab|vitamin d 25oh|vitamin d metab|vitamin d metabolites|vitamin d total|vitamina d 25oh|vitamine d 25oh|1 25|1 84|1 alpha|25oh calciferol|25oh cholecalciferol|25oh dvit|25oh vit|25oh vitamiini|25oh vitamin|25oh vitamina|25oh vitamind|25oh vitd|7 84|a jeun|adjusted calcium|alb adj|alb cor|alb corr|alb korr|album cor|albumiini korjattu|albumin adj|albumin adjusted|albumin cor|albumin corrected|albumin korrigiert|albumin serum|amino terminal|ammonium molybdate|angepasst an|anorganisch fosfaat|anorganisches phosphat|arsenazo 3|arsenazo iii|arterial blood|arteriellem blut|atomic absorption|binding protein|bio intact|blood gas|blood level|blood serum|body fluid|bromocresol green|bromocresol purple|by calculation|by immunoassay|c terminal|ca 125|ca 242|ca 50|ca adj|ca albkorr|ca corr|ca free|ca fri|ca i|ca inona|ca ion|ca iona|ca ioni|ca ionic|ca ionico|ca ionise|ca ionised|ca ionisiert|ca ionisoitunut|ca ionized|ca korr|ca libero|ca libre|ca vrij|cal free|calcidiol calciferol|calcio total|calcio totale|calcium albkorr|calcium free|calcium ion|calcium serum|calcium totaal|calcium total|calcium totale|calculated corrected|capillary blood|carbonate supplement|cca corr|collection_ collection_24h|cord blood|corrected calcium|corrected calculated|corrected qt|creatine phosphokinase|d 25oh|d vit|d vitamiini|d vitamin|d2 d3|dialysis fluid|dihydroxi vitamin|dye binding|en ayunas|enzymatic method|epaorgaaninen fosfaatti|excretion urinaire|fosfaatti epaorgaaninen|fosfato inorganico|fosforo inorganico|fraction ionisee|fractional absorption|fractional excretion|free calcium|fritt joniserat|gc globulin|gemischt venosem|globules rouges|hair analysis|hormona paratiroidea|hormone parathyroidien|hormone parathyroidienne|hormonio paratireoideo|hydroxyvitamin d|i pth|ia total|icp ms|ids isys|immunoassay method|inorg phos|inorg phosphate|inorganic phosphate|inorganic phosphorus|intact molecule|intact pth|intra erythrocytaire|ion selective|ionenselektive elektrode|ionenselektiver membranelektrode|ionised calcium|ionisiert frei|ionized calcium|ionized fraction|ischemia modified|kalcium jon|kalsium ion|kalsium total|kalzium gesamt|kidney stone|lc ms|lc msms|li hep|liquide biologique|liquido biologico|liquido cefalorachidiano|liquido cefalorraquideo|liquor cefalorraquidiano|lisakilpirauhasen hormoni|lithium heparin|magnesio total|magnesio totale|magnesium gesamt|magnesium serum|magnesium total|mass spectrometry|mass vol|mass volume|methylthymol blue|mg 2|mg dl|mid molecule|mid region|min value|mit immunoassay|mixed venous|mmol l|mol vol|mol volumen|moles vol|moles volume|ms ms|n terminal|nach dialyse|nm bapta|o cpc|o cresolftaleina|o cresolphthalein|o kresolphthalein|oorganiskt fosfat|ormone paratiroideo|p ca|p inorg|parathormon intakt|parathyreoid hormoon|parathyreoidaal hormoon|parathyreoidea hormon|parathyrine intacte|parathyroid hormon|parathyroid hormone|parathyroid hormoon|paratormonio pth|paratyreoidea hormon|ph adjusted|ph corrected|phos inorg|phosphat anorganisch|phosphate binder|phosphate inorganic|phosphate serum|phosphore inorganique|phosphorus inorg|phosphorus inorganic|phosphorus serum|plasma heparin|plasma serum|post dialysis|pre dialysis|produit phosphocalcique|pth i|pth int|pth intact|pth intakt|pth rp|pth1 84|pyridoxal phosphate|red cell|red cells|related peptide|related protein|s ca|sang total|sangre total|sangue intero|ser pl|ser plas|ser plasm|ser plasma|serum albumin|serum calcium|serum level|serum magnesium|serum phosphate|serum plasma|spot urine|temperature corrected|timed urine|totaal calcium|total calcium|total ii|total magnesium|triple phosphate|uorganisk fosfat|venosem blut|venous blood|venous serum|vit d|vit d25|vitamiini d|vitamin 25oh|vitamin d|vitamin d25|vitamina d|vitamine d|vitd 25oh|whole blood|xylidyl blue|25oh|37|37c|a|aas|ab|abbott|abg|absorption|ac|access|acid|acnc|actual|adenosine|adj|adjca|adjusted|advia|af|ag|agatston|ajustada|ajustado|ajuste|ajustee|akt|aktuaal|aktuaali|aktuaalinen|aktuaalinenpitoisuus|aktuaaliosatutk|aktuaalisessaph|alb|alb2|albk|albkorr|albs|albs2|album|albumiini|albumiinikorjattu|albumin|albumina|albumine|albuminemia|albuminemie|albuminkorrigerad|albuminkorrigerat|albuminkorrigeret|albuminkorrigert|albuminkorrigiert|albuminkorrigierte|albuminkorrigiertes|alinity|alkaline|alkalische|als|am|amniotic|amorph|amorphous|amostra|an|analisi|analisis|analys|analyse|analysis|and|angepasst|anorg|anorganisch|anorganischer|anorganisches|anorganisk|anorganiskt|anteil|antibodies|antibody|anticorps|anticuerpos|antikorper|apatite|architect|arsenazo|arteria|arterial|arteriaveresta|arteriel|arteriell|arteriellem|arterioso|as|ascites|ascitic|assay|aszites|at|atellica|auf|ausscheidung|av|average|balance|baseline|basislinie|bcg|bcp|beckman|bedside|bei|bepaling|berechnet|beregnet|berekend|bestimmung|bg|bgas|bijschildklierhormoon|bile|binding|bindungsprotein|biointact|biskjoldbruskkjertelhormon|bisskoldkortelhormon|bld|blda|bldc|bldco|bldcoa|bldcov|bldcv|bldmv|bldv|blod|bloed|blood|bloodgas|blut|bone|bromkresolgrun|bromkresolpurpur|by|ca|ca2|cacorr|cacorrige|cai|cakorr|calc|calcaemia|calcamie|calcemia|calcemie|calcidiol|calcidiolo|calciemia|calcifediol|calcifediolo|calcifidiol|calcio|calcitonin|calcitonine|calcitriol|calcitriolo|calcium|calciumion|calciumjon|calcolato|calculado|calculated|calculation|calcule|calculus|calmagite|campione|capilar|capillaire|capillare|capillary|carbonat|carbonate|carboxyl|casr|catotal|caxp|ccac|cells|centaur|cerebrospinal|cerebrospinale|challenge|change|channel|chem|chemiluminescence|chemiluminescent|chemilumineszenz|chemistry|chloride|chlorophosphonazo|cholecalciferol|cholecalciferolo|chromatography|cia|clearance|clia|cmia|cobas|colecalciferol|collection_24h|colorimetric|colorimetrico|colorimetrie|colorimetry|come|comment|como|competitive|con|conc|concentracao|concentracion|concentratie|concentration|concentrazione|concrement|control|cor|cord|coronary|corr|corrca|corrected|corrected_calcium|corregida|corregido|corretta|corretto|corrige|corrigee|corrigees|corriges|corrigida|corrigido|cpc|cr|crea|creat|creatinina|creatinine|cresolftaleina|cresolphthalein|cristales|cristaux|cry|crystal|crystals|csf|cterminal|current|cyp24a1|cyp27b1|cyp2r1|d2|d2d3|d3|da|dans|das|day|dbp|de|deficiency|del|delta|dem|den|deoxy|der|des|determinacion|determination|determinazione|di|dial|dialisato|dialysaat|dialysat|dialysate|dialyse|dialysis|diasorin|die|diet|dietary|diff|difference|dihidroxi|dihydroksi|dihydroksy|dihydroxi|dihydroxy|dihydroxy_125|dihydroxy_2425|dihydroxycholecalciferol|dihydroxyvitamin|diidrossi|direct|diurese|dl|dognurin|dosage|dosaggio|dose|dosing|drain|drainage|drug|dtot25|du|dxi|dye|dygnsurin|e|ecg|echantillon|ecl|ecli|eclia|een|effluent|eia|eitilattava|eiweiss|ekg|el|elecsys|electrochemiluminescence|electrochemiluminescent|electrode|electroforesis|electrophoresis|elektrophorese|elettroforesi|elisa|elp|elph|en|enzymatic|epaorg|epaorgaaninen|erc|ergocalciferol|ergocalciferolo|ergokalciferol|ergokalsiferoli|eritrocitaria|eritrocitario|eritrociti|eritrocitos|ery|erythrocytaire|erythrocyte|erythrocytes|erythrozyten|erytrocyt|erytrocytar|erytrocyter|est|estimate|estimated|estimation|et|exame|examen|exames|excretion|faeces|farbung|fasting|feces|filterable|fld|fluid|for|forhold|forme|fosfaat|fosfaatti|fosfat|fosfataasi|fosfatase|fosfatasi|fosfatemia|fosfato|fosfatprodukt|fosfolipid|fosfor|fosforemia|fosfori|fosforo|fp|fraction|fractional|fractionated|fragment|fragments|free|frei|fri|frit|fritt|fruchtwasser|fs|fullblod|fur|g|galle|gap|gastric|gecorrigeerd|gecorrigeerde|geioniseerd|geioniseerde|gen|gen2|gene|genotype|gesamt|gewebe|globulaire|globular|globuliini|globulin|globulina|globuline|gluconate|glycated|glycosylated|glykiertes|haar|hair|harn|helblod|hep|heparin|heparinized|hersenvocht|het|hexose|highest|hoi|hoitoyksikot|hours|hplc|huom|hydroxyapatite|hydroxycalciferol|hydroxycholecalciferol|i|ia|ic|ica|icma|icp|ids|iga|igg|igm|ii|iii|il|im|ima|immulite|immuno|immunoassay|immunoassays|immunochemiluminometric|in|index|indice|indirect|infusion|inona|inorg|inorganic|inorganica|inorganico|inorganicos|inorganiko|inorganique|inositol|intact|intacta|intacte|intacto|intake|intakt|intakti|intatto|integro|interp|interpretation|intracellular|ion|iona|ionen|ionenselektiver|ioni|ionic|ionica|ionico|ionis|ionisada|ionisado|ionise|ionised|ionisee|ioniseerd|ionisees|ioniserad|ioniserat|ioniseret|ionisert|ionises|ionisiert|ionisierte|ionisierter|ionisiertes|ionisoitu|ionisoitunut|ionisoitunutph|ionisoitunutpika|ionisoitunutseerumista|ioniz|ionizable|ionizada|ionizado|ionizavel|ionized|ionized_calcium|ionizzata|ionizzato|ionkalsium|ionpika|ionsoitunut|ionvier|ionvieri|ipth|irma|is|ise|isotope|isys|iu|ja|jon|joniserad|joniserat|joniseret|kalcitriol|kalcium|kalciumjon|kalsitoniini|kalsitriol|kalsitrioli|kalsium|kalsiumi|kalsiumion|kalskorr|kalzium|kapillaari|kapillaariveresta|kapillar|kapillarblut|kapillarem|kba|kit|kokonais|kokoveren|kokoveri|kolekalciferol|kolekalsiferoli|kolorimetrisch|kompensiert|koncentration|koneveri|konsentrasjon|kontrolle|konzentration|korjattu|korperflussigkeit|korr|korrigerad|korrigerat|korrigeret|korrigert|korrigiert|korrigierte|korrigiertes|kreatiniini|kreatinin|kresolphthalein|kristall|kristalle|kroppsvatska|kvot|l|la|lab|laboratory|labs|laskennallinen|laskennallinentutkimus|laskettu|laskimo|laskimoveresta|lcms|lcmsms|lcr|lcs|le|les|leukocytes|lev|level|levels|liaison|liason|libero|libre|libres|lichaamsvocht|likvor|liquor|lisakilpirauhashormoni|livre|lo|loading|lowest|lumipulse|lvl|maarity|mag|magn|magnesaemia|magnesemia|magnesemie|magnesio|magnesium|magnesiumi|magnezium|masa|mass|massa|masse|massec|massenkonzentration|massenverhaltnis|max|mcg|mcnc|mean|measured|measurement|med|medication|membranelektrode|meq|method|methode|methods|metodo|mg|mg2|microalbumin|microalbumina|microalbumine|mid|midregion|mikroalbumiini|mikroalbumin|milch|milk|min|minuten|minutes|mit|ml|mmol|modified|mol|molar|moles|molybdat|molybdate|monoclonal|monster|mscnc|msms|mtb|muestra|muodot|muoto|mutation|nabelschnurblut|nach|nail|nayte|naytteesta|ncnc|nel|nella|nello|nephelometric|nephelometry|new|ng|nicotinamide|nmol|normalise|normalised|normalisiert|normalisoitu|normalisoitupitoisuus|normalized|not_a_value|nterminal|nth_specimen|nuchtern|o|och|ocp|ocpc|oder|of|og|old|on|oorganisk|oorganiskt|op|or|orina|osatutk|osatutkimus|ou|oxalat|oxalate|p|paaste|paket|paketti|pakke|panel|par|para|parathormon|parathormona|parathormone|parathormoni|parathormoon|parathyreoid|parathyreoidaal|parathyreoidahormon|parathyreoideahormon|parathyrin|parathyrine|parathyrinum|parathyroid|parathyroideahormon|parathyroideahormoni|parathyroidhormon|parathyroidhormoon|paratireoidea|paratireoideo|paratiroidea|paratohormona|paratormona|paratormone|paratormonio|paratyreoideahormon|paratyroideahormon|patient|pd|peptide|per|percent|percentage|pericardial|peritoneal|peritonealdialysat|pg|ph|ph_74|phos|phosph|phosphat|phosphataemia|phosphatase|phosphatasen|phosphate|phosphatemia|phosphatemie|phosphates|phosphatidyl|phosphatidylcholine|phosphatidylethanolamine|phosphatidylinositol|phosphatidylserine|phosphatprodukt|phosphoethanolamine|phosphokinase|phospholipid|phospholipide|phospholipids|phosphomolybdat|phosphomolybdate|phosphor|phosphore|phosphoremie|phosphorous|phosphorus|phosphorylase|phosphoserine|photometric|photometrisch|photometry|pi|pitoisuus|pl|plas|plasma|plasman|plasmassa|plasmasta|plasmatica|plasmatico|plasmatique|pleura|pleural|pleuralflussigkeit|po4|poc|polymorphism|ponctuel|por|post|potentiometric|potentiometry|pour|praalbumin|pre|prealbumin|prealbumine|presence|probe|proc|procalcitonin|procalcitonine|product|profile|prokalsitoniini|proteiini|protein|proteina|proteine|proteins|prov|pt|pth|pth_1_84|pthi|pthint|pthlh|pthrp|punasolu|punasoluista|punkt|puntual|pyridoxal|pyridoxalphosphat|pyrophosphate|qn|qt|qtc|quant|quantitativ|quantitative|questassured|questassuredtm|quotient|radioimmunoassay|random|rapport|rapporto|ratio|razao|razon|rbc|rbcs|reagent|receptor|redo|ref|reference|related|repeat|repeated|result|results|rgt|ria|riboflavin|roche|routine|rp|rpt|ryggmargsvaeske|ryggmargsvatska|s|saliva|samlet|sammelurin|sample|sandwich|sang|sangre|sangue|saure|schweiss|scnc|score|scoring|screen|screening|sediment|seerumi|seerumin|seerumissa|seerumista|selkaydinneste|selkaydinnesteesta|semen|sensing|sensor|ser|serica|serici|serico|serique|serpl|serplas|serum|serumplasma|siemens|sierica|sierico|siero|single|sis|soro|sous|specimen|specimen_blood|specimen_csf|specimen_fluid|specimen_rbc|specimen_serum|specimen_urine|spectrometry|spectrophotometric|spectrophotometry|speichel|sperma|spinal|spot|sr|srm|ssa|stable|standard|standardised|standardized|stat|status|std|stimulation|stimuliert|stoffmenge|stofk|stofkonc|stone|stool|struvite|stuhl|stunden|subst|substance|substanzkonzentration|suero|sugar|suhde|sulfat|sulfate|sum|summa|supplement|suppression|sweat|synovia|synovial|tag|tandem|tear|temp|test|testing|tests|the|thiamine|till|tissue|to|tolerance|tot|totaal|total|totale|totales|totalkalsium|toxicity|transthyretin|trend|turbidimetric|tutkimus|u|ug|ui|umol|unbound|und|unicel|uorganisk|uorganiske|uptake|ur|urin|urina|urinaire|urinaria|urinario|urine|urinsediment|urinstix|urn|urns|uv|v|value|values|van|vapaa|vbg|vdr|venaveresta|venaveri|veneux|venos|venosem|venoses|venoso|venous|veren|veresta|verhaltnis|verhouding|veri|via|virtsa|virtsan|virtsasta|vitamin_d|vitd|vitd25|vitros|vol|volbloed|vollblut|volume|volumen|vrij|vt|vuorokausivirtsa|wb|wbc|whole|with|xl|xylidyl|xylidylblau|xylidylblue|y|zerebrospinalflussigkeit|[a-z0-9_]+) ',
      '<\1>',
      'g'
    ) AS cv
  FROM vitd_nm_words
), vitd_nm_words_are AS (
  SELECT
    vitd_nm_cover.*,
    REGEXP_MATCHES(
      label,
      '[Ĳ-ĳĿ-ŀŉǄ-ǌǱ-ǳẚ‼⁇-⁉₨℀-℁℅-℆℉℠-℡℻⅐-⅟Ⅵ-ⅨⅪ-Ⅻⅵ-ⅸⅺ-ⅻ↉⑩-⒵⩴-⩶㈀-㈞㈠-㉃㉐-㉟㊱-㋏㍘-㍺㎀-㎌㎐-㎔㎙-㎚㎟-㏃㏅-㏿ﷺ-ﷻ︙︰𐇽𐋠𐍶-𐍺𐞥𐨍𐨏𐨸-𐨿𐨺𐫥-𐫦𐴤-𐴧𐺫-𐽆𐺬-𐽐𐾂-𑁆𑁰𑁿𑂹𐾅-𑂺𑄀-𑄳𑄂-𑅳𑇊𑄴𑇀𑈵-𑈶𑋩-𑌻𑋪-𑌼𑍍𑍦-𑍬𑍰-𑑆𑑂𑓂𑍴𑑞-𑓃𑖿-𑗀𑘿𑚶-𑚷𑜫𑠹-𑠺𑤽-𑥃𑵂𑤾𑧠𑨴𑩇𑪙𑰿𑵄-𖫰𑵅𑶗-𖫴𖬰-𖿰𖬶-𛲞𖿱𝅥-𝅩𝅭-𝅲𝅻-𝆂𝆅-𝆋𝆪-𝆭𝉂-𝉄𝐀-𝑔𝑖-𝒜𝒞-𝒟𝒢𝒥-𝒦𝒩-𝒬𝒮-𝒹𝒻𝒽-𝓃𝓅-𝔅𝔇-𝔊𝔍-𝔔𝔖-𝔜𝔞-𝔹𝔻-𝔾𝕀-𝕄𝕆𝕊-𝕐𝕒-𝚣𝟎-𝟿𞀀-𞀆𞀈-𞀘𞀛-𞀡𞀣-𞀤𞀦-𞀪𞄰-𞄶𞊮𞋬-𞣐𞋯-𞣖𞥄-𞥊🄀-🄊🄐-🄮🄰-🅏🅪-🅬🆐🯰-🯹]'
    ) AS odd,
    STRPOS(cv, '<') > 0 AS any_word,
    REGEXP_MATCHES(
      cv,
      '<(?:albumin serum|serum albumin|alb|alb2|albs|albs2|album|albumiini|albumin|albumina|albumine|albuminemia|albuminemie)>'
    ) AS an_albumin,
    REGEXP_MATCHES(
      cv,
      '<(?:calcio total|calcio totale|calcium serum|calcium totaal|calcium total|calcium totale|kalsium total|kalzium gesamt|p ca|s ca|serum calcium|totaal calcium|total calcium|ca|ca2|calc|calcaemia|calcamie|calcemia|calcemie|calciemia|calcio|calcium|catotal|kalcium|kalsium|kalsiumi|kalzium|totalkalsium)>'
    ) AS an_calcium,
    REGEXP_MATCHES(
      cv,
      '<(?:albumin adjusted calcium|albumin corrected calcium|adjusted calcium|ca adj|ca albkorr|ca corr|ca korr|calcium albkorr|cca corr|corrected calcium|adjca|cacorr|cacorrige|cakorr|ccac|corrca|corrected_calcium|kalskorr)>'
    ) AS an_corrected_calcium,
    REGEXP_MATCHES(
      cv,
      '<(?:ca ion vapaa|ca free|ca fri|ca i|ca inona|ca ion|ca iona|ca ioni|ca ionic|ca ionico|ca ionise|ca ionised|ca ionisiert|ca ionisoitunut|ca ionized|ca libero|ca libre|ca vrij|cal free|calcium free|calcium ion|free calcium|ionised calcium|ionized calcium|kalcium jon|kalsium ion|cai|calciumion|calciumjon|ic|ica|ionized_calcium|ionkalsium|kalciumjon|kalsiumion)>'
    ) AS an_ionized_calcium,
    REGEXP_MATCHES(
      cv,
      '<(?:magnesio total|magnesio totale|magnesium gesamt|magnesium serum|magnesium total|mg 2|serum magnesium|total magnesium|mag|magn|magnesaemia|magnesemia|magnesemie|magnesio|magnesium|magnesiumi|magnezium|mg|mg2)>'
    ) AS an_magnesium,
    REGEXP_MATCHES(
      cv,
      '<(?:phosphate as p|phosphate as phosphorus|phosphorus as phosphate|anorganisch fosfaat|anorganisches phosphat|epaorgaaninen fosfaatti|fosfaatti epaorgaaninen|fosfato inorganico|fosforo inorganico|inorg phos|inorg phosphate|inorganic phosphate|inorganic phosphorus|oorganiskt fosfat|p inorg|phos inorg|phosphat anorganisch|phosphate inorganic|phosphate serum|phosphore inorganique|phosphorus inorg|phosphorus inorganic|phosphorus serum|serum phosphate|uorganisk fosfat|fosfaat|fosfaatti|fosfat|fosfatemia|fosfato|fosfor|fosforemia|fosfori|fosforo|phos|phosph|phosphat|phosphataemia|phosphate|phosphatemia|phosphatemie|phosphates|phosphor|phosphore|phosphoremie|phosphorous|phosphorus|pi|po4)>'
    ) AS an_phosphate,
    REGEXP_MATCHES(
      cv,
      '<(?:hormonio da paratireoide|parathyroid hormone intact|hormona paratiroidea|hormone parathyroidien|hormone parathyroidienne|hormonio paratireoideo|i pth|intact pth|lisakilpirauhasen hormoni|ormone paratiroideo|parathormon intakt|parathyreoid hormoon|parathyreoidaal hormoon|parathyreoidea hormon|parathyrine intacte|parathyroid hormon|parathyroid hormone|parathyroid hormoon|paratormonio pth|paratyreoidea hormon|pth i|pth int|pth intact|pth intakt|pth1 84|bijschildklierhormoon|biskjoldbruskkjertelhormon|bisskoldkortelhormon|ipth|lisakilpirauhashormoni|parathormon|parathormona|parathormone|parathormoni|parathormoon|parathyreoid|parathyreoidaal|parathyreoidahormon|parathyreoideahormon|parathyrin|parathyrine|parathyrinum|parathyroid|parathyroideahormon|parathyroideahormoni|parathyroidhormon|parathyroidhormoon|paratireoidea|paratireoideo|paratiroidea|paratohormona|paratormona|paratormone|paratormonio|paratyreoideahormon|paratyroideahormon|pth|pthi|pthint)>'
    ) AS an_pth,
    REGEXP_MATCHES(
      cv,
      '<(?:25oh vitamin d calcidiol|vitamin d and metabolites|vitamin d d3 25oh|25oh vit d|25oh vitamiini 25oh|25oh vitamiini d|25oh vitamin d|25oh vitamina d|25oh vitamine d|d vitamiini 25oh|d vitamin 25oh|vit d 25oh|vit d metab|vitamin d 25oh|vitamin d metab|vitamin d metabolites|vitamin d total|vitamina d 25oh|vitamine d 25oh|25oh calciferol|25oh cholecalciferol|25oh dvit|25oh vit|25oh vitamiini|25oh vitamin|25oh vitamina|25oh vitamind|25oh vitd|calcidiol calciferol|d 25oh|d vit|d vitamiini|d vitamin|hydroxyvitamin d|vit d|vit d25|vitamiini d|vitamin 25oh|vitamin d|vitamin d25|vitamina d|vitamine d|vitd 25oh|25oh|calcidiol|calcidiolo|calcifediol|calcifediolo|calcifidiol|dtot25|hydroxycalciferol|hydroxycholecalciferol|vitamin_d|vitd|vitd25)>'
    ) AS an_vitamin_d,
    REGEXP_MATCHES(
      cv,
      '<(?:by calculation|berechnet|beregnet|berekend|calcolato|calculado|calculated|calculation|calcule|laskettu)>'
    ) AS mr_calculated,
    REGEXP_MATCHES(
      cv,
      '<(?:en fonction de l albumine|en fonction de l albuminemie|corrige pour l albumine|adjusted for albumin|albumin adjusted calculated|corrected for albumin|corregido por albumina|corretto per albumina|corrigido pela albumina|fur albumin korrigiert|gecorrigeerd voor albumine|selon l albumine|alb adj|alb cor|alb corr|alb korr|album cor|albumiini korjattu|albumin adj|albumin adjusted|albumin cor|albumin corrected|albumin korrigiert|calculated corrected|corrected calculated|adj|adjusted|ajustada|ajustado|ajuste|ajustee|albk|albkorr|albumiinikorjattu|albuminkorrigerad|albuminkorrigerat|albuminkorrigeret|albuminkorrigert|albuminkorrigiert|albuminkorrigierte|albuminkorrigiertes|cor|corr|corrected|corregida|corregido|corretta|corretto|corrige|corrigee|corrigees|corriges|corrigida|corrigido|gecorrigeerd|gecorrigeerde|kompensiert|korjattu|korr|korrigerad|korrigerat|korrigeret|korrigert|korrigiert|korrigierte|korrigiertes)>'
    ) AS mr_corrected,
    REGEXP_MATCHES(cv, '<(?:d2|ergocalciferol|ergocalciferolo|ergokalciferol|ergokalsiferoli)>') AS mr_d2,
    REGEXP_MATCHES(
      cv,
      '<(?:cholecalciferol|cholecalciferolo|colecalciferol|d3|kolekalciferol|kolekalsiferoli)>'
    ) AS mr_d3,
    REGEXP_MATCHES(
      cv,
      '<(?:anorg|anorganisch|anorganischer|anorganisches|anorganisk|anorganiskt|epaorg|epaorgaaninen|inorg|inorganic|inorganica|inorganico|inorganicos|inorganiko|inorganique|oorganisk|oorganiskt|uorganisk|uorganiske)>'
    ) AS mr_inorganic,
    REGEXP_MATCHES(
      cv,
      '<(?:1 84|bio intact|intact molecule|biointact|intact|intacta|intacte|intacto|intakt|intatto|integro|pth_1_84|whole)>'
    ) AS mr_intact,
    REGEXP_MATCHES(
      cv,
      '<(?:fraction ionisee|fritt joniserat|ion selective|ionisiert frei|ionized fraction|akt|aktuaal|aktuaali|aktuaalinen|aktuaalinenpitoisuus|aktuaaliosatutk|aktuaalisessaph|filterable|free|frei|fri|frit|fritt|geioniseerd|geioniseerde|inona|ion|iona|ionen|ioni|ionic|ionica|ionico|ionis|ionisada|ionisado|ionise|ionised|ionisee|ioniseerd|ionisees|ioniserad|ioniserat|ioniseret|ionisert|ionises|ionisiert|ionisierte|ionisierter|ionisiertes|ionisoitu|ionisoitunut|ionisoitunutph|ionisoitunutpika|ionisoitunutseerumista|ioniz|ionizable|ionizada|ionizado|ionizavel|ionized|ionizzata|ionizzato|ionpika|ionsoitunut|ionvier|ionvieri|jon|joniserad|joniserat|joniseret|libero|libre|libres|livre|normalisoitupitoisuus|ph_74|unbound|vapaa|vrij)>'
    ) AS mr_ionized,
    REGEXP_MATCHES(
      cv,
      '<(?:sum of d2d3|d2 d3|d2d3|gesamt|kokonais|samlet|sum|summa|tot|totaal|total|totale|totales)>'
    ) AS mr_total,
    REGEXP_MATCHES(
      cv,
      '<(?:arterial whole blood|gemischt venosem blut|venous whole blood|arterial blood|arteriellem blut|blood gas|capillary blood|cord blood|gemischt venosem|mixed venous|sang total|sangre total|sangue intero|venosem blut|venous blood|whole blood|abg|arteria|arterial|arteriaveresta|arteriel|arteriell|arteriellem|arterioso|bg|bgas|bld|blda|bldc|bldco|bldcoa|bldcov|bldcv|bldmv|bldv|blod|bloed|blood|bloodgas|blut|capilar|capillaire|capillare|capillary|cord|fullblod|helblod|kapillaari|kapillaariveresta|kapillar|kapillarblut|kapillarem|kokoveren|kokoveri|koneveri|laskimo|laskimoveresta|nabelschnurblut|sang|sangre|sangue|specimen_blood|v|vbg|venaveresta|venaveri|veneux|venos|venosem|venoses|venoso|venous|veren|veresta|veri|volbloed|vollblut|wb)>'
    ) AS blood,
    COALESCE(
      REGEXP_EXTRACT(
        cv,
        '<(ca 15 3|ca 19 9|ca 27 29|ca 72 4|ca p product|ca x p|calcium phosphate product|glucose 6 phosphate|liquide cephalo rachidien|prodotto calcio fosforo|red blood cells|1 25|1 alpha|7 84|amino terminal|binding protein|body fluid|c terminal|ca 125|ca 242|ca 50|carbonate supplement|collection_ collection_24h|corrected qt|creatine phosphokinase|dialysis fluid|dihydroxi vitamin|excretion urinaire|fractional absorption|fractional excretion|gc globulin|globules rouges|hair analysis|intra erythrocytaire|ischemia modified|kidney stone|liquide biologique|liquido biologico|liquido cefalorachidiano|liquido cefalorraquideo|liquor cefalorraquidiano|mid molecule|mid region|min value|n terminal|phosphate binder|produit phosphocalcique|pth rp|pyridoxal phosphate|red cell|red cells|related peptide|related protein|spot urine|timed urine|triple phosphate|ab|absorption|acid|adenosine|ag|agatston|alkaline|alkalische|amniotic|amorph|amorphous|anteil|antibodies|antibody|anticorps|anticuerpos|antikorper|apatite|ascites|ascitic|aszites|ausscheidung|average|balance|bile|binding|bindungsprotein|bone|calcitonin|calcitonine|calcitriol|calcitriolo|calculus|carbonat|carbonate|carboxyl|casr|caxp|cells|cerebrospinal|cerebrospinale|challenge|change|channel|chloride|clearance|collection_24h|concrement|coronary|cr|crea|creat|creatinina|creatinine|cristales|cristaux|cry|crystal|crystals|csf|cterminal|cyp24a1|cyp27b1|cyp2r1|day|dbp|deficiency|delta|deoxy|dial|dialisato|dialysaat|dialysat|dialysate|diet|dietary|diff|difference|dihidroxi|dihydroksi|dihydroksy|dihydroxi|dihydroxy|dihydroxy_125|dihydroxy_2425|dihydroxycholecalciferol|dihydroxyvitamin|diidrossi|diurese|dognurin|dose|dosing|drain|drainage|drug|du|dygnsurin|ecg|effluent|eiweiss|ekg|erc|eritrocitaria|eritrocitario|eritrociti|eritrocitos|ery|erythrocytaire|erythrocyte|erythrocytes|erythrozyten|erytrocyt|erytrocytar|erytrocyter|excretion|faeces|feces|fld|fluid|forhold|fosfataasi|fosfatase|fosfatasi|fosfatprodukt|fosfolipid|fraction|fractional|fragment|fragments|fruchtwasser|galle|gap|gastric|gene|genotype|gewebe|globulaire|globular|globuliini|globulin|globulina|globuline|gluconate|glycated|glycosylated|glykiertes|haar|hair|harn|hersenvocht|hexose|highest|hours|hydroxyapatite|iga|igg|igm|ima|index|indice|infusion|inositol|intake|interp|interpretation|intracellular|isotope|kalcitriol|kalsitoniini|kalsitriol|kalsitrioli|korperflussigkeit|kreatiniini|kreatinin|kristall|kristalle|kroppsvatska|kvot|lcr|lcs|leukocytes|lichaamsvocht|likvor|liquor|loading|lowest|massenverhaltnis|max|mean|medication|microalbumin|microalbumina|microalbumine|mid|midregion|mikroalbumiini|mikroalbumin|milch|milk|min|minuten|minutes|modified|mutation|nail|nicotinamide|not_a_value|nterminal|orina|oxalat|oxalate|paket|paketti|pakke|pd|peptide|percent|percentage|pericardial|peritoneal|peritonealdialysat|ph|phosphatase|phosphatasen|phosphatidyl|phosphatidylcholine|phosphatidylethanolamine|phosphatidylinositol|phosphatidylserine|phosphatprodukt|phosphoethanolamine|phosphokinase|phospholipid|phospholipide|phospholipids|phosphorylase|phosphoserine|pleura|pleural|pleuralflussigkeit|polymorphism|post|praalbumin|pre|prealbumin|prealbumine|procalcitonin|procalcitonine|product|prokalsitoniini|proteiini|protein|proteina|proteine|proteins|pthlh|pthrp|punasolu|punasoluista|pyridoxal|pyridoxalphosphat|pyrophosphate|qt|qtc|quotient|rapport|rapporto|ratio|razao|razon|rbc|rbcs|receptor|related|riboflavin|rp|ryggmargsvaeske|ryggmargsvatska|saliva|sammelurin|saure|schweiss|score|scoring|sediment|selkaydinneste|selkaydinnesteesta|semen|sensing|sensor|specimen_csf|specimen_fluid|specimen_rbc|specimen_urine|speichel|sperma|spinal|stable|stimulation|stimuliert|stone|stool|struvite|stuhl|stunden|sugar|suhde|sulfat|sulfate|supplement|suppression|sweat|synovia|synovial|tag|tear|thiamine|tissue|tolerance|toxicity|transthyretin|trend|u|uptake|ur|urin|urina|urinaire|urinaria|urinario|urine|urinsediment|urinstix|urn|urns|vdr|verhaltnis|verhouding|virtsa|virtsan|virtsasta|vuorokausivirtsa|wbc|zerebrospinalflussigkeit)>',
        1
      ),
      ''
    ) AS veto_w,
    COALESCE(
      REGEXP_EXTRACT(
        cv,
        '<(glucose 6 phosphate|1 25|1 alpha|binding protein|creatine phosphokinase|dihydroxi vitamin|gc globulin|ischemia modified|phosphate binder|pth rp|pyridoxal phosphate|related peptide|related protein|triple phosphate|acid|adenosine|alkaline|alkalische|amorph|amorphous|apatite|binding|bindungsprotein|calcitriol|calcitriolo|carbonat|carbonate|cristales|cristaux|cry|crystal|crystals|dbp|deoxy|dihidroxi|dihydroksi|dihydroksy|dihydroxi|dihydroxy|dihydroxy_125|dihydroxy_2425|dihydroxycholecalciferol|dihydroxyvitamin|diidrossi|eiweiss|fosfataasi|fosfatase|fosfatasi|fosfolipid|globuliini|globulin|globulina|globuline|glycated|glycosylated|glykiertes|hexose|hydroxyapatite|ima|inositol|kalcitriol|kalsitriol|kalsitrioli|kristall|kristalle|microalbumin|microalbumina|microalbumine|mikroalbumiini|mikroalbumin|modified|nicotinamide|oxalat|oxalate|peptide|phosphatase|phosphatasen|phosphatidyl|phosphatidylcholine|phosphatidylethanolamine|phosphatidylinositol|phosphatidylserine|phosphoethanolamine|phosphokinase|phospholipid|phospholipide|phospholipids|phosphorylase|phosphoserine|praalbumin|prealbumin|prealbumine|proteiini|protein|proteina|proteine|proteins|pthlh|pthrp|pyridoxal|pyridoxalphosphat|pyrophosphate|related|riboflavin|rp|saure|struvite|sugar|sulfat|sulfate|thiamine|transthyretin)>',
        1
      ),
      ''
    ) AS look_w,
    COALESCE(
      REGEXP_EXTRACT(
        REGEXP_REPLACE(
          cv,
          '<(?:en fonction de l albumine|en fonction de l albuminemie|25oh vitamin d calcidiol|by lc ms ms|corrige pour l albumine|id lc ms ms|ion selective membrane electrode|vitamin d and metabolites|vitamin d d3 25oh|25oh vit d|25oh vitamiini 25oh|25oh vitamiini d|25oh vitamin d|25oh vitamina d|25oh vitamine d|adjusted for albumin|albumin adjusted calcium|albumin adjusted calculated|albumin corrected calcium|arterial whole blood|ca 15 3|ca 19 9|ca 27 29|ca 72 4|ca ion vapaa|ca p product|ca x p|calcium phosphate product|corrected for albumin|corregido por albumina|corretto per albumina|corrigido pela albumina|d vitamiini 25oh|d vitamin 25oh|fur albumin korrigiert|gecorrigeerd voor albumine|gemischt venosem blut|glucose 6 phosphate|hormonio da paratireoide|ion selective electrode|lc ms ms|liquide cephalo rachidien|parathyroid hormone intact|phosphate as p|phosphate as phosphorus|phosphorus as phosphate|point in time|point of care|prodotto calcio fosforo|red blood cells|selon l albumine|serum eller plasma|serum oder plasma|serum of plasma|serum or plasma|serum ou plasma|siero o plasma|soro ou plasma|suero o plasma|sum of d2d3|tandem mass spectrometry|venous whole blood|verde de bromocresol|vert de bromocresol|vit d 25oh|vit d metab|vitamin d 25oh|vitamin d metab|vitamin d metabolites|vitamin d total|vitamina d 25oh|vitamine d 25oh|1 25|1 84|1 alpha|25oh calciferol|25oh cholecalciferol|25oh dvit|25oh vit|25oh vitamiini|25oh vitamin|25oh vitamina|25oh vitamind|25oh vitd|7 84|a jeun|adjusted calcium|alb adj|alb cor|alb corr|alb korr|album cor|albumiini korjattu|albumin adj|albumin adjusted|albumin cor|albumin corrected|albumin korrigiert|albumin serum|amino terminal|ammonium molybdate|angepasst an|anorganisch fosfaat|anorganisches phosphat|arsenazo 3|arsenazo iii|arterial blood|arteriellem blut|atomic absorption|binding protein|bio intact|blood gas|blood level|blood serum|body fluid|bromocresol green|bromocresol purple|by calculation|by immunoassay|c terminal|ca 125|ca 242|ca 50|ca adj|ca albkorr|ca corr|ca free|ca fri|ca i|ca inona|ca ion|ca iona|ca ioni|ca ionic|ca ionico|ca ionise|ca ionised|ca ionisiert|ca ionisoitunut|ca ionized|ca korr|ca libero|ca libre|ca vrij|cal free|calcidiol calciferol|calcio total|calcio totale|calcium albkorr|calcium free|calcium ion|calcium serum|calcium totaal|calcium total|calcium totale|calculated corrected|capillary blood|carbonate supplement|cca corr|collection_ collection_24h|cord blood|corrected calcium|corrected calculated|corrected qt|creatine phosphokinase|d 25oh|d vit|d vitamiini|d vitamin|d2 d3|dialysis fluid|dihydroxi vitamin|dye binding|en ayunas|enzymatic method|epaorgaaninen fosfaatti|excretion urinaire|fosfaatti epaorgaaninen|fosfato inorganico|fosforo inorganico|fraction ionisee|fractional absorption|fractional excretion|free calcium|fritt joniserat|gc globulin|gemischt venosem|globules rouges|hair analysis|hormona paratiroidea|hormone parathyroidien|hormone parathyroidienne|hormonio paratireoideo|hydroxyvitamin d|i pth|ia total|icp ms|ids isys|immunoassay method|inorg phos|inorg phosphate|inorganic phosphate|inorganic phosphorus|intact molecule|intact pth|intra erythrocytaire|ion selective|ionenselektive elektrode|ionenselektiver membranelektrode|ionised calcium|ionisiert frei|ionized calcium|ionized fraction|ischemia modified|kalcium jon|kalsium ion|kalsium total|kalzium gesamt|kidney stone|lc ms|lc msms|li hep|liquide biologique|liquido biologico|liquido cefalorachidiano|liquido cefalorraquideo|liquor cefalorraquidiano|lisakilpirauhasen hormoni|lithium heparin|magnesio total|magnesio totale|magnesium gesamt|magnesium serum|magnesium total|mass spectrometry|mass vol|mass volume|methylthymol blue|mg 2|mg dl|mid molecule|mid region|min value|mit immunoassay|mixed venous|mmol l|mol vol|mol volumen|moles vol|moles volume|ms ms|n terminal|nach dialyse|nm bapta|o cpc|o cresolftaleina|o cresolphthalein|o kresolphthalein|oorganiskt fosfat|ormone paratiroideo|p ca|p inorg|parathormon intakt|parathyreoid hormoon|parathyreoidaal hormoon|parathyreoidea hormon|parathyrine intacte|parathyroid hormon|parathyroid hormone|parathyroid hormoon|paratormonio pth|paratyreoidea hormon|ph adjusted|ph corrected|phos inorg|phosphat anorganisch|phosphate binder|phosphate inorganic|phosphate serum|phosphore inorganique|phosphorus inorg|phosphorus inorganic|phosphorus serum|plasma heparin|plasma serum|post dialysis|pre dialysis|produit phosphocalcique|pth i|pth int|pth intact|pth intakt|pth rp|pth1 84|pyridoxal phosphate|red cell|red cells|related peptide|related protein|s ca|sang total|sangre total|sangue intero|ser pl|ser plas|ser plasm|ser plasma|serum albumin|serum calcium|serum level|serum magnesium|serum phosphate|serum plasma|spot urine|temperature corrected|timed urine|totaal calcium|total calcium|total ii|total magnesium|triple phosphate|uorganisk fosfat|venosem blut|venous blood|venous serum|vit d|vit d25|vitamiini d|vitamin 25oh|vitamin d|vitamin d25|vitamina d|vitamine d|vitd 25oh|whole blood|xylidyl blue|25oh|37|37c|a|aas|ab|abbott|abg|absorption|ac|access|acid|acnc|actual|adenosine|adj|adjca|adjusted|advia|af|ag|agatston|ajustada|ajustado|ajuste|ajustee|akt|aktuaal|aktuaali|aktuaalinen|aktuaalinenpitoisuus|aktuaaliosatutk|aktuaalisessaph|alb|alb2|albk|albkorr|albs|albs2|album|albumiini|albumiinikorjattu|albumin|albumina|albumine|albuminemia|albuminemie|albuminkorrigerad|albuminkorrigerat|albuminkorrigeret|albuminkorrigert|albuminkorrigiert|albuminkorrigierte|albuminkorrigiertes|alinity|alkaline|alkalische|als|am|amniotic|amorph|amorphous|amostra|an|analisi|analisis|analys|analyse|analysis|and|angepasst|anorg|anorganisch|anorganischer|anorganisches|anorganisk|anorganiskt|anteil|antibodies|antibody|anticorps|anticuerpos|antikorper|apatite|architect|arsenazo|arteria|arterial|arteriaveresta|arteriel|arteriell|arteriellem|arterioso|as|ascites|ascitic|assay|aszites|at|atellica|auf|ausscheidung|av|average|balance|baseline|basislinie|bcg|bcp|beckman|bedside|bei|bepaling|berechnet|beregnet|berekend|bestimmung|bg|bgas|bijschildklierhormoon|bile|binding|bindungsprotein|biointact|biskjoldbruskkjertelhormon|bisskoldkortelhormon|bld|blda|bldc|bldco|bldcoa|bldcov|bldcv|bldmv|bldv|blod|bloed|blood|bloodgas|blut|bone|bromkresolgrun|bromkresolpurpur|by|ca|ca2|cacorr|cacorrige|cai|cakorr|calc|calcaemia|calcamie|calcemia|calcemie|calcidiol|calcidiolo|calciemia|calcifediol|calcifediolo|calcifidiol|calcio|calcitonin|calcitonine|calcitriol|calcitriolo|calcium|calciumion|calciumjon|calcolato|calculado|calculated|calculation|calcule|calculus|calmagite|campione|capilar|capillaire|capillare|capillary|carbonat|carbonate|carboxyl|casr|catotal|caxp|ccac|cells|centaur|cerebrospinal|cerebrospinale|challenge|change|channel|chem|chemiluminescence|chemiluminescent|chemilumineszenz|chemistry|chloride|chlorophosphonazo|cholecalciferol|cholecalciferolo|chromatography|cia|clearance|clia|cmia|cobas|colecalciferol|collection_24h|colorimetric|colorimetrico|colorimetrie|colorimetry|come|comment|como|competitive|con|conc|concentracao|concentracion|concentratie|concentration|concentrazione|concrement|control|cor|cord|coronary|corr|corrca|corrected|corrected_calcium|corregida|corregido|corretta|corretto|corrige|corrigee|corrigees|corriges|corrigida|corrigido|cpc|cr|crea|creat|creatinina|creatinine|cresolftaleina|cresolphthalein|cristales|cristaux|cry|crystal|crystals|csf|cterminal|current|cyp24a1|cyp27b1|cyp2r1|d2|d2d3|d3|da|dans|das|day|dbp|de|deficiency|del|delta|dem|den|deoxy|der|des|determinacion|determination|determinazione|di|dial|dialisato|dialysaat|dialysat|dialysate|dialyse|dialysis|diasorin|die|diet|dietary|diff|difference|dihidroxi|dihydroksi|dihydroksy|dihydroxi|dihydroxy|dihydroxy_125|dihydroxy_2425|dihydroxycholecalciferol|dihydroxyvitamin|diidrossi|direct|diurese|dl|dognurin|dosage|dosaggio|dose|dosing|drain|drainage|drug|dtot25|du|dxi|dye|dygnsurin|e|ecg|echantillon|ecl|ecli|eclia|een|effluent|eia|eitilattava|eiweiss|ekg|el|elecsys|electrochemiluminescence|electrochemiluminescent|electrode|electroforesis|electrophoresis|elektrophorese|elettroforesi|elisa|elp|elph|en|enzymatic|epaorg|epaorgaaninen|erc|ergocalciferol|ergocalciferolo|ergokalciferol|ergokalsiferoli|eritrocitaria|eritrocitario|eritrociti|eritrocitos|ery|erythrocytaire|erythrocyte|erythrocytes|erythrozyten|erytrocyt|erytrocytar|erytrocyter|est|estimate|estimated|estimation|et|exame|examen|exames|excretion|faeces|farbung|fasting|feces|filterable|fld|fluid|for|forhold|forme|fosfaat|fosfaatti|fosfat|fosfataasi|fosfatase|fosfatasi|fosfatemia|fosfato|fosfatprodukt|fosfolipid|fosfor|fosforemia|fosfori|fosforo|fp|fraction|fractional|fractionated|fragment|fragments|free|frei|fri|frit|fritt|fruchtwasser|fs|fullblod|fur|g|galle|gap|gastric|gecorrigeerd|gecorrigeerde|geioniseerd|geioniseerde|gen|gen2|gene|genotype|gesamt|gewebe|globulaire|globular|globuliini|globulin|globulina|globuline|gluconate|glycated|glycosylated|glykiertes|haar|hair|harn|helblod|hep|heparin|heparinized|hersenvocht|het|hexose|highest|hoi|hoitoyksikot|hours|hplc|huom|hydroxyapatite|hydroxycalciferol|hydroxycholecalciferol|i|ia|ic|ica|icma|icp|ids|iga|igg|igm|ii|iii|il|im|ima|immulite|immuno|immunoassay|immunoassays|immunochemiluminometric|in|index|indice|indirect|infusion|inona|inorg|inorganic|inorganica|inorganico|inorganicos|inorganiko|inorganique|inositol|intact|intacta|intacte|intacto|intake|intakt|intakti|intatto|integro|interp|interpretation|intracellular|ion|iona|ionen|ionenselektiver|ioni|ionic|ionica|ionico|ionis|ionisada|ionisado|ionise|ionised|ionisee|ioniseerd|ionisees|ioniserad|ioniserat|ioniseret|ionisert|ionises|ionisiert|ionisierte|ionisierter|ionisiertes|ionisoitu|ionisoitunut|ionisoitunutph|ionisoitunutpika|ionisoitunutseerumista|ioniz|ionizable|ionizada|ionizado|ionizavel|ionized|ionized_calcium|ionizzata|ionizzato|ionkalsium|ionpika|ionsoitunut|ionvier|ionvieri|ipth|irma|is|ise|isotope|isys|iu|ja|jon|joniserad|joniserat|joniseret|kalcitriol|kalcium|kalciumjon|kalsitoniini|kalsitriol|kalsitrioli|kalsium|kalsiumi|kalsiumion|kalskorr|kalzium|kapillaari|kapillaariveresta|kapillar|kapillarblut|kapillarem|kba|kit|kokonais|kokoveren|kokoveri|kolekalciferol|kolekalsiferoli|kolorimetrisch|kompensiert|koncentration|koneveri|konsentrasjon|kontrolle|konzentration|korjattu|korperflussigkeit|korr|korrigerad|korrigerat|korrigeret|korrigert|korrigiert|korrigierte|korrigiertes|kreatiniini|kreatinin|kresolphthalein|kristall|kristalle|kroppsvatska|kvot|l|la|lab|laboratory|labs|laskennallinen|laskennallinentutkimus|laskettu|laskimo|laskimoveresta|lcms|lcmsms|lcr|lcs|le|les|leukocytes|lev|level|levels|liaison|liason|libero|libre|libres|lichaamsvocht|likvor|liquor|lisakilpirauhashormoni|livre|lo|loading|lowest|lumipulse|lvl|maarity|mag|magn|magnesaemia|magnesemia|magnesemie|magnesio|magnesium|magnesiumi|magnezium|masa|mass|massa|masse|massec|massenkonzentration|massenverhaltnis|max|mcg|mcnc|mean|measured|measurement|med|medication|membranelektrode|meq|method|methode|methods|metodo|mg|mg2|microalbumin|microalbumina|microalbumine|mid|midregion|mikroalbumiini|mikroalbumin|milch|milk|min|minuten|minutes|mit|ml|mmol|modified|mol|molar|moles|molybdat|molybdate|monoclonal|monster|mscnc|msms|mtb|muestra|muodot|muoto|mutation|nabelschnurblut|nach|nail|nayte|naytteesta|ncnc|nel|nella|nello|nephelometric|nephelometry|new|ng|nicotinamide|nmol|normalise|normalised|normalisiert|normalisoitu|normalisoitupitoisuus|normalized|not_a_value|nterminal|nth_specimen|nuchtern|o|och|ocp|ocpc|oder|of|og|old|on|oorganisk|oorganiskt|op|or|orina|osatutk|osatutkimus|ou|oxalat|oxalate|p|paaste|paket|paketti|pakke|panel|par|para|parathormon|parathormona|parathormone|parathormoni|parathormoon|parathyreoid|parathyreoidaal|parathyreoidahormon|parathyreoideahormon|parathyrin|parathyrine|parathyrinum|parathyroid|parathyroideahormon|parathyroideahormoni|parathyroidhormon|parathyroidhormoon|paratireoidea|paratireoideo|paratiroidea|paratohormona|paratormona|paratormone|paratormonio|paratyreoideahormon|paratyroideahormon|patient|pd|peptide|per|percent|percentage|pericardial|peritoneal|peritonealdialysat|pg|ph|ph_74|phos|phosph|phosphat|phosphataemia|phosphatase|phosphatasen|phosphate|phosphatemia|phosphatemie|phosphates|phosphatidyl|phosphatidylcholine|phosphatidylethanolamine|phosphatidylinositol|phosphatidylserine|phosphatprodukt|phosphoethanolamine|phosphokinase|phospholipid|phospholipide|phospholipids|phosphomolybdat|phosphomolybdate|phosphor|phosphore|phosphoremie|phosphorous|phosphorus|phosphorylase|phosphoserine|photometric|photometrisch|photometry|pi|pitoisuus|pl|plas|plasma|plasman|plasmassa|plasmasta|plasmatica|plasmatico|plasmatique|pleura|pleural|pleuralflussigkeit|po4|poc|polymorphism|ponctuel|por|post|potentiometric|potentiometry|pour|praalbumin|pre|prealbumin|prealbumine|presence|probe|proc|procalcitonin|procalcitonine|product|profile|prokalsitoniini|proteiini|protein|proteina|proteine|proteins|prov|pt|pth|pth_1_84|pthi|pthint|pthlh|pthrp|punasolu|punasoluista|punkt|puntual|pyridoxal|pyridoxalphosphat|pyrophosphate|qn|qt|qtc|quant|quantitativ|quantitative|questassured|questassuredtm|quotient|radioimmunoassay|random|rapport|rapporto|ratio|razao|razon|rbc|rbcs|reagent|receptor|redo|ref|reference|related|repeat|repeated|result|results|rgt|ria|riboflavin|roche|routine|rp|rpt|ryggmargsvaeske|ryggmargsvatska|s|saliva|samlet|sammelurin|sample|sandwich|sang|sangre|sangue|saure|schweiss|scnc|score|scoring|screen|screening|sediment|seerumi|seerumin|seerumissa|seerumista|selkaydinneste|selkaydinnesteesta|semen|sensing|sensor|ser|serica|serici|serico|serique|serpl|serplas|serum|serumplasma|siemens|sierica|sierico|siero|single|sis|soro|sous|specimen|specimen_blood|specimen_csf|specimen_fluid|specimen_rbc|specimen_serum|specimen_urine|spectrometry|spectrophotometric|spectrophotometry|speichel|sperma|spinal|spot|sr|srm|ssa|stable|standard|standardised|standardized|stat|status|std|stimulation|stimuliert|stoffmenge|stofk|stofkonc|stone|stool|struvite|stuhl|stunden|subst|substance|substanzkonzentration|suero|sugar|suhde|sulfat|sulfate|sum|summa|supplement|suppression|sweat|synovia|synovial|tag|tandem|tear|temp|test|testing|tests|the|thiamine|till|tissue|to|tolerance|tot|totaal|total|totale|totales|totalkalsium|toxicity|transthyretin|trend|turbidimetric|tutkimus|u|ug|ui|umol|unbound|und|unicel|uorganisk|uorganiske|uptake|ur|urin|urina|urinaire|urinaria|urinario|urine|urinsediment|urinstix|urn|urns|uv|v|value|values|van|vapaa|vbg|vdr|venaveresta|venaveri|veneux|venos|venosem|venoses|venoso|venous|veren|veresta|verhaltnis|verhouding|veri|via|virtsa|virtsan|virtsasta|vitamin_d|vitd|vitd25|vitros|vol|volbloed|vollblut|volume|volumen|vrij|vt|vuorokausivirtsa|wb|wbc|whole|with|xl|xylidyl|xylidylblau|xylidylblue|y|zerebrospinalflussigkeit)>',
          '',
          'g'
        ),
        '<([^>]*)>',
        1
      ),
      ''
    ) AS unk_w,
    REGEXP_MATCHES(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          cv,
          '<(?:25oh vitamin d calcidiol|vitamin d and metabolites|vitamin d d3 25oh|25oh vit d|25oh vitamiini 25oh|25oh vitamiini d|25oh vitamin d|25oh vitamina d|25oh vitamine d|albumin adjusted calcium|albumin corrected calcium|ca 15 3|ca 19 9|ca 27 29|ca 72 4|ca ion vapaa|ca p product|ca x p|calcium phosphate product|d vitamiini 25oh|d vitamin 25oh|glucose 6 phosphate|hormonio da paratireoide|liquide cephalo rachidien|parathyroid hormone intact|phosphate as p|phosphate as phosphorus|phosphorus as phosphate|prodotto calcio fosforo|red blood cells|vit d 25oh|vit d metab|vitamin d 25oh|vitamin d metab|vitamin d metabolites|vitamin d total|vitamina d 25oh|vitamine d 25oh|1 25|1 alpha|25oh calciferol|25oh cholecalciferol|25oh dvit|25oh vit|25oh vitamiini|25oh vitamin|25oh vitamina|25oh vitamind|25oh vitd|7 84|adjusted calcium|albumin serum|amino terminal|anorganisch fosfaat|anorganisches phosphat|binding protein|body fluid|c terminal|ca 125|ca 242|ca 50|ca adj|ca albkorr|ca corr|ca free|ca fri|ca i|ca inona|ca ion|ca iona|ca ioni|ca ionic|ca ionico|ca ionise|ca ionised|ca ionisiert|ca ionisoitunut|ca ionized|ca korr|ca libero|ca libre|ca vrij|cal free|calcidiol calciferol|calcio total|calcio totale|calcium albkorr|calcium free|calcium ion|calcium serum|calcium totaal|calcium total|calcium totale|carbonate supplement|cca corr|collection_ collection_24h|corrected calcium|corrected qt|creatine phosphokinase|d 25oh|d vit|d vitamiini|d vitamin|dialysis fluid|dihydroxi vitamin|epaorgaaninen fosfaatti|excretion urinaire|fosfaatti epaorgaaninen|fosfato inorganico|fosforo inorganico|fractional absorption|fractional excretion|free calcium|gc globulin|globules rouges|hair analysis|hormona paratiroidea|hormone parathyroidien|hormone parathyroidienne|hormonio paratireoideo|hydroxyvitamin d|i pth|inorg phos|inorg phosphate|inorganic phosphate|inorganic phosphorus|intact pth|intra erythrocytaire|ionised calcium|ionized calcium|ischemia modified|kalcium jon|kalsium ion|kalsium total|kalzium gesamt|kidney stone|liquide biologique|liquido biologico|liquido cefalorachidiano|liquido cefalorraquideo|liquor cefalorraquidiano|lisakilpirauhasen hormoni|magnesio total|magnesio totale|magnesium gesamt|magnesium serum|magnesium total|mg 2|mid molecule|mid region|min value|n terminal|oorganiskt fosfat|ormone paratiroideo|p ca|p inorg|parathormon intakt|parathyreoid hormoon|parathyreoidaal hormoon|parathyreoidea hormon|parathyrine intacte|parathyroid hormon|parathyroid hormone|parathyroid hormoon|paratormonio pth|paratyreoidea hormon|phos inorg|phosphat anorganisch|phosphate binder|phosphate inorganic|phosphate serum|phosphore inorganique|phosphorus inorg|phosphorus inorganic|phosphorus serum|produit phosphocalcique|pth i|pth int|pth intact|pth intakt|pth rp|pth1 84|pyridoxal phosphate|red cell|red cells|related peptide|related protein|s ca|serum albumin|serum calcium|serum magnesium|serum phosphate|spot urine|timed urine|totaal calcium|total calcium|total magnesium|triple phosphate|uorganisk fosfat|vit d|vit d25|vitamiini d|vitamin 25oh|vitamin d|vitamin d25|vitamina d|vitamine d|vitd 25oh|25oh|ab|absorption|acid|adenosine|adjca|ag|agatston|alb|alb2|albs|albs2|album|albumiini|albumin|albumina|albumine|albuminemia|albuminemie|alkaline|alkalische|amniotic|amorph|amorphous|anteil|antibodies|antibody|anticorps|anticuerpos|antikorper|apatite|ascites|ascitic|aszites|ausscheidung|average|balance|bijschildklierhormoon|bile|binding|bindungsprotein|biskjoldbruskkjertelhormon|bisskoldkortelhormon|bone|ca|ca2|cacorr|cacorrige|cai|cakorr|calc|calcaemia|calcamie|calcemia|calcemie|calcidiol|calcidiolo|calciemia|calcifediol|calcifediolo|calcifidiol|calcio|calcitonin|calcitonine|calcitriol|calcitriolo|calcium|calciumion|calciumjon|calculus|carbonat|carbonate|carboxyl|casr|catotal|caxp|ccac|cells|cerebrospinal|cerebrospinale|challenge|change|channel|chloride|clearance|collection_24h|concrement|coronary|corrca|corrected_calcium|cr|crea|creat|creatinina|creatinine|cristales|cristaux|cry|crystal|crystals|csf|cterminal|cyp24a1|cyp27b1|cyp2r1|day|dbp|deficiency|delta|deoxy|dial|dialisato|dialysaat|dialysat|dialysate|diet|dietary|diff|difference|dihidroxi|dihydroksi|dihydroksy|dihydroxi|dihydroxy|dihydroxy_125|dihydroxy_2425|dihydroxycholecalciferol|dihydroxyvitamin|diidrossi|diurese|dognurin|dose|dosing|drain|drainage|drug|dtot25|du|dygnsurin|ecg|effluent|eiweiss|ekg|erc|eritrocitaria|eritrocitario|eritrociti|eritrocitos|ery|erythrocytaire|erythrocyte|erythrocytes|erythrozyten|erytrocyt|erytrocytar|erytrocyter|excretion|faeces|feces|fld|fluid|forhold|fosfaat|fosfaatti|fosfat|fosfataasi|fosfatase|fosfatasi|fosfatemia|fosfato|fosfatprodukt|fosfolipid|fosfor|fosforemia|fosfori|fosforo|fraction|fractional|fragment|fragments|fruchtwasser|galle|gap|gastric|gene|genotype|gewebe|globulaire|globular|globuliini|globulin|globulina|globuline|gluconate|glycated|glycosylated|glykiertes|haar|hair|harn|hersenvocht|hexose|highest|hours|hydroxyapatite|hydroxycalciferol|hydroxycholecalciferol|ic|ica|iga|igg|igm|ima|index|indice|infusion|inositol|intake|interp|interpretation|intracellular|ionized_calcium|ionkalsium|ipth|isotope|kalcitriol|kalcium|kalciumjon|kalsitoniini|kalsitriol|kalsitrioli|kalsium|kalsiumi|kalsiumion|kalskorr|kalzium|korperflussigkeit|kreatiniini|kreatinin|kristall|kristalle|kroppsvatska|kvot|lcr|lcs|leukocytes|lichaamsvocht|likvor|liquor|lisakilpirauhashormoni|loading|lowest|mag|magn|magnesaemia|magnesemia|magnesemie|magnesio|magnesium|magnesiumi|magnezium|massenverhaltnis|max|mean|medication|mg|mg2|microalbumin|microalbumina|microalbumine|mid|midregion|mikroalbumiini|mikroalbumin|milch|milk|min|minuten|minutes|modified|mutation|nail|nicotinamide|not_a_value|nterminal|orina|oxalat|oxalate|paket|paketti|pakke|parathormon|parathormona|parathormone|parathormoni|parathormoon|parathyreoid|parathyreoidaal|parathyreoidahormon|parathyreoideahormon|parathyrin|parathyrine|parathyrinum|parathyroid|parathyroideahormon|parathyroideahormoni|parathyroidhormon|parathyroidhormoon|paratireoidea|paratireoideo|paratiroidea|paratohormona|paratormona|paratormone|paratormonio|paratyreoideahormon|paratyroideahormon|pd|peptide|percent|percentage|pericardial|peritoneal|peritonealdialysat|ph|phos|phosph|phosphat|phosphataemia|phosphatase|phosphatasen|phosphate|phosphatemia|phosphatemie|phosphates|phosphatidyl|phosphatidylcholine|phosphatidylethanolamine|phosphatidylinositol|phosphatidylserine|phosphatprodukt|phosphoethanolamine|phosphokinase|phospholipid|phospholipide|phospholipids|phosphor|phosphore|phosphoremie|phosphorous|phosphorus|phosphorylase|phosphoserine|pi|pleura|pleural|pleuralflussigkeit|po4|polymorphism|post|praalbumin|pre|prealbumin|prealbumine|procalcitonin|procalcitonine|product|prokalsitoniini|proteiini|protein|proteina|proteine|proteins|pth|pthi|pthint|pthlh|pthrp|punasolu|punasoluista|pyridoxal|pyridoxalphosphat|pyrophosphate|qt|qtc|quotient|rapport|rapporto|ratio|razao|razon|rbc|rbcs|receptor|related|riboflavin|rp|ryggmargsvaeske|ryggmargsvatska|saliva|sammelurin|saure|schweiss|score|scoring|sediment|selkaydinneste|selkaydinnesteesta|semen|sensing|sensor|specimen_csf|specimen_fluid|specimen_rbc|specimen_urine|speichel|sperma|spinal|stable|stimulation|stimuliert|stone|stool|struvite|stuhl|stunden|sugar|suhde|sulfat|sulfate|supplement|suppression|sweat|synovia|synovial|tag|tear|thiamine|tissue|tolerance|totalkalsium|toxicity|transthyretin|trend|u|uptake|ur|urin|urina|urinaire|urinaria|urinario|urine|urinsediment|urinstix|urn|urns|vdr|verhaltnis|verhouding|virtsa|virtsan|virtsasta|vitamin_d|vitd|vitd25|vuorokausivirtsa|wbc|zerebrospinalflussigkeit)>',
          '@',
          'g'
        ),
        '[^@/]',
        '',
        'g'
      ),
      '@.*/.*@'
    ) AS ratio
  FROM vitd_nm_cover
), vitd_nm_mods AS (
  SELECT
    vitd_nm_words_are.*,
    mr_calculated AS m_calculated,
    mr_corrected AS m_corrected,
    mr_d2 AND NOT (
      mr_d2 AND mr_d3
    ) AS m_d2,
    mr_d3 AND NOT (
      mr_d2 AND mr_d3
    ) AS m_d3,
    mr_inorganic AS m_inorganic,
    mr_intact AS m_intact,
    mr_ionized AS m_ionized,
    (
      mr_total OR (
        mr_d2 AND mr_d3
      )
    ) AS m_total
  FROM vitd_nm_words_are
), vitd_nm_nmods AS (
  SELECT
    vitd_nm_mods.*,
    CASE WHEN m_calculated THEN 1 ELSE 0 END + CASE WHEN m_corrected THEN 1 ELSE 0 END + CASE WHEN m_d2 THEN 1 ELSE 0 END + CASE WHEN m_d3 THEN 1 ELSE 0 END + CASE WHEN m_inorganic THEN 1 ELSE 0 END + CASE WHEN m_intact THEN 1 ELSE 0 END + CASE WHEN m_ionized THEN 1 ELSE 0 END + CASE WHEN m_total THEN 1 ELSE 0 END AS nmods,
    'albumin' AS f0_albumin,
    'calcium' AS f0_calcium,
    'corrected_calcium' AS f0_corrected_calcium,
    'ionized_calcium' AS f0_ionized_calcium,
    'magnesium' AS f0_magnesium,
    'phosphate' AS f0_phosphate,
    'pth' AS f0_pth,
    'vitamin_d' AS f0_vitamin_d
  FROM vitd_nm_mods
), vitd_nm_pass1 AS (
  SELECT
    vitd_nm_nmods.*,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_albumin = 'calcium' AND (
          f0_albumin IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_albumin
      END
      ELSE f0_albumin
    END AS f1_albumin,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_calcium = 'calcium' AND (
          f0_calcium IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_calcium
      END
      ELSE f0_calcium
    END AS f1_calcium,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_corrected_calcium = 'calcium'
        AND (
          f0_corrected_calcium IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_corrected_calcium
      END
      ELSE f0_corrected_calcium
    END AS f1_corrected_calcium,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_ionized_calcium = 'calcium'
        AND (
          f0_ionized_calcium IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_ionized_calcium
      END
      ELSE f0_ionized_calcium
    END AS f1_ionized_calcium,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_magnesium = 'calcium'
        AND (
          f0_magnesium IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_magnesium
      END
      ELSE f0_magnesium
    END AS f1_magnesium,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_phosphate = 'calcium'
        AND (
          f0_phosphate IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_phosphate
      END
      ELSE f0_phosphate
    END AS f1_phosphate,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_pth = 'calcium' AND (
          f0_pth IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_pth
      END
      ELSE f0_pth
    END AS f1_pth,
    CASE
      WHEN m_corrected AND nmods > 0
      THEN CASE
        WHEN f0_vitamin_d = 'calcium'
        AND (
          f0_vitamin_d IN ('calcium', 'corrected_calcium')
        )
        THEN 'corrected_calcium'
        ELSE f0_vitamin_d
      END
      ELSE f0_vitamin_d
    END AS f1_vitamin_d
  FROM vitd_nm_nmods
), vitd_nm_pass2 AS (
  SELECT
    vitd_nm_pass1.*,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_albumin = 'calcium' AND (
          f1_albumin IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_albumin
      END
      ELSE f1_albumin
    END AS f2_albumin,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_calcium = 'calcium' AND (
          f1_calcium IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_calcium
      END
      ELSE f1_calcium
    END AS f2_calcium,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_corrected_calcium = 'calcium'
        AND (
          f1_corrected_calcium IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_corrected_calcium
      END
      ELSE f1_corrected_calcium
    END AS f2_corrected_calcium,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_ionized_calcium = 'calcium'
        AND (
          f1_ionized_calcium IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_ionized_calcium
      END
      ELSE f1_ionized_calcium
    END AS f2_ionized_calcium,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_magnesium = 'calcium' AND (
          f1_magnesium IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_magnesium
      END
      ELSE f1_magnesium
    END AS f2_magnesium,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_phosphate = 'calcium' AND (
          f1_phosphate IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_phosphate
      END
      ELSE f1_phosphate
    END AS f2_phosphate,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_pth = 'calcium' AND (
          f1_pth IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_pth
      END
      ELSE f1_pth
    END AS f2_pth,
    CASE
      WHEN m_ionized AND nmods > 0
      THEN CASE
        WHEN f1_vitamin_d = 'calcium' AND (
          f1_vitamin_d IN ('calcium', 'ionized_calcium')
        )
        THEN 'ionized_calcium'
        ELSE f1_vitamin_d
      END
      ELSE f1_vitamin_d
    END AS f2_vitamin_d
  FROM vitd_nm_pass1
), vitd_nm_named AS (
  SELECT
    vitd_nm_pass2.*,
    (
      (
        an_albumin AND f2_albumin = 'albumin'
      )
      OR (
        an_calcium AND f2_calcium = 'albumin'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'albumin'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'albumin'
      )
      OR (
        an_magnesium AND f2_magnesium = 'albumin'
      )
      OR (
        an_phosphate AND f2_phosphate = 'albumin'
      )
      OR (
        an_pth AND f2_pth = 'albumin'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'albumin'
      )
    ) AS n_albumin,
    (
      (
        an_albumin AND f2_albumin = 'calcium'
      )
      OR (
        an_calcium AND f2_calcium = 'calcium'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'calcium'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'calcium'
      )
      OR (
        an_magnesium AND f2_magnesium = 'calcium'
      )
      OR (
        an_phosphate AND f2_phosphate = 'calcium'
      )
      OR (
        an_pth AND f2_pth = 'calcium'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'calcium'
      )
    ) AS n_calcium,
    (
      (
        an_albumin AND f2_albumin = 'corrected_calcium'
      )
      OR (
        an_calcium AND f2_calcium = 'corrected_calcium'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'corrected_calcium'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'corrected_calcium'
      )
      OR (
        an_magnesium AND f2_magnesium = 'corrected_calcium'
      )
      OR (
        an_phosphate AND f2_phosphate = 'corrected_calcium'
      )
      OR (
        an_pth AND f2_pth = 'corrected_calcium'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'corrected_calcium'
      )
    ) AS n_corrected_calcium,
    (
      (
        an_albumin AND f2_albumin = 'ionized_calcium'
      )
      OR (
        an_calcium AND f2_calcium = 'ionized_calcium'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'ionized_calcium'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'ionized_calcium'
      )
      OR (
        an_magnesium AND f2_magnesium = 'ionized_calcium'
      )
      OR (
        an_phosphate AND f2_phosphate = 'ionized_calcium'
      )
      OR (
        an_pth AND f2_pth = 'ionized_calcium'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'ionized_calcium'
      )
    ) AS n_ionized_calcium,
    (
      (
        an_albumin AND f2_albumin = 'magnesium'
      )
      OR (
        an_calcium AND f2_calcium = 'magnesium'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'magnesium'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'magnesium'
      )
      OR (
        an_magnesium AND f2_magnesium = 'magnesium'
      )
      OR (
        an_phosphate AND f2_phosphate = 'magnesium'
      )
      OR (
        an_pth AND f2_pth = 'magnesium'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'magnesium'
      )
    ) AS n_magnesium,
    (
      (
        an_albumin AND f2_albumin = 'phosphate'
      )
      OR (
        an_calcium AND f2_calcium = 'phosphate'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'phosphate'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'phosphate'
      )
      OR (
        an_magnesium AND f2_magnesium = 'phosphate'
      )
      OR (
        an_phosphate AND f2_phosphate = 'phosphate'
      )
      OR (
        an_pth AND f2_pth = 'phosphate'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'phosphate'
      )
    ) AS n_phosphate,
    (
      (
        an_albumin AND f2_albumin = 'pth'
      )
      OR (
        an_calcium AND f2_calcium = 'pth'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'pth'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'pth'
      )
      OR (
        an_magnesium AND f2_magnesium = 'pth'
      )
      OR (
        an_phosphate AND f2_phosphate = 'pth'
      )
      OR (
        an_pth AND f2_pth = 'pth'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'pth'
      )
    ) AS n_pth,
    (
      (
        an_albumin AND f2_albumin = 'vitamin_d'
      )
      OR (
        an_calcium AND f2_calcium = 'vitamin_d'
      )
      OR (
        an_corrected_calcium AND f2_corrected_calcium = 'vitamin_d'
      )
      OR (
        an_ionized_calcium AND f2_ionized_calcium = 'vitamin_d'
      )
      OR (
        an_magnesium AND f2_magnesium = 'vitamin_d'
      )
      OR (
        an_phosphate AND f2_phosphate = 'vitamin_d'
      )
      OR (
        an_pth AND f2_pth = 'vitamin_d'
      )
      OR (
        an_vitamin_d AND f2_vitamin_d = 'vitamin_d'
      )
    ) AS n_vitamin_d
  FROM vitd_nm_pass2
), vitd_nm_kept AS (
  SELECT
    vitd_nm_named.*,
    n_albumin AND NOT (
      n_corrected_calcium
    ) AS k_albumin,
    n_calcium AND NOT (
      n_corrected_calcium OR n_ionized_calcium
    ) AS k_calcium,
    n_corrected_calcium AS k_corrected_calcium,
    n_ionized_calcium AS k_ionized_calcium,
    n_magnesium AS k_magnesium,
    n_phosphate AS k_phosphate,
    n_pth AS k_pth,
    n_vitamin_d AS k_vitamin_d
  FROM vitd_nm_named
), vitd_nm_one AS (
  SELECT
    vitd_nm_kept.*,
    CASE
      WHEN k_albumin
      THEN 'albumin'
      WHEN k_calcium
      THEN 'calcium'
      WHEN k_corrected_calcium
      THEN 'corrected_calcium'
      WHEN k_ionized_calcium
      THEN 'ionized_calcium'
      WHEN k_magnesium
      THEN 'magnesium'
      WHEN k_phosphate
      THEN 'phosphate'
      WHEN k_pth
      THEN 'pth'
      WHEN k_vitamin_d
      THEN 'vitamin_d'
    END AS one,
    CASE WHEN k_albumin THEN 1 ELSE 0 END + CASE WHEN k_calcium THEN 1 ELSE 0 END + CASE WHEN k_corrected_calcium THEN 1 ELSE 0 END + CASE WHEN k_ionized_calcium THEN 1 ELSE 0 END + CASE WHEN k_magnesium THEN 1 ELSE 0 END + CASE WHEN k_phosphate THEN 1 ELSE 0 END + CASE WHEN k_pth THEN 1 ELSE 0 END + CASE WHEN k_vitamin_d THEN 1 ELSE 0 END AS n_kept,
    SUBSTRING(
      CASE WHEN k_albumin THEN ', albumin' ELSE '' END || CASE WHEN k_calcium THEN ', calcium' ELSE '' END || CASE WHEN k_corrected_calcium THEN ', corrected_calcium' ELSE '' END || CASE WHEN k_ionized_calcium THEN ', ionized_calcium' ELSE '' END || CASE WHEN k_magnesium THEN ', magnesium' ELSE '' END || CASE WHEN k_phosphate THEN ', phosphate' ELSE '' END || CASE WHEN k_pth THEN ', pth' ELSE '' END || CASE WHEN k_vitamin_d THEN ', vitamin_d' ELSE '' END,
      3
    ) AS listed,
    an_albumin
    OR an_calcium
    OR an_corrected_calcium
    OR an_ionized_calcium
    OR an_magnesium
    OR an_phosphate
    OR an_pth
    OR an_vitamin_d AS any_an
  FROM vitd_nm_kept
), vitd_nm_fit AS (
  SELECT
    vitd_nm_one.*,
    CASE
      WHEN m_calculated AND NOT (
        one IN ('calcium', 'corrected_calcium')
      )
      THEN 'calculated'
      WHEN m_corrected AND NOT (
        one IN ('calcium', 'corrected_calcium')
      )
      THEN 'corrected'
      WHEN m_d2 AND NOT (
        FALSE
      )
      THEN 'd2'
      WHEN m_d3
      AND NOT (
        FALSE
        OR (
          (
            STRPOS(cv, '25oh') > 0
            OR STRPOS(cv, 'calcidiol') > 0
            OR STRPOS(cv, 'calcifediol') > 0
            OR STRPOS(cv, 'hydroxy') > 0
          )
          AND one = 'vitamin_d'
        )
      )
      THEN 'd3'
      WHEN m_inorganic AND NOT (
        one IN ('phosphate')
      )
      THEN 'inorganic'
      WHEN m_intact AND NOT (
        one IN ('pth')
      )
      THEN 'intact'
      WHEN m_ionized AND NOT (
        one IN ('calcium', 'ionized_calcium')
      )
      THEN 'ionized'
      WHEN m_total
      AND NOT (
        one IN (
          'albumin',
          'calcium',
          'corrected_calcium',
          'magnesium',
          'phosphate',
          'pth',
          'vitamin_d'
        )
      )
      THEN 'total'
    END AS bad_mod,
    blood AND NOT one IN ('calcium', 'ionized_calcium', 'magnesium') AS blood_bad
  FROM vitd_nm_one
), vitd_nm_said AS (
  SELECT
    vitd_nm_fit.*,
    CASE
      WHEN odd
      THEN 'holds a character that vitd sql does not fold; give the table''s distinct names with vitd sql --names'
      WHEN NOT any_word
      THEN NULL
      WHEN NOT any_an
      THEN CASE
        WHEN look_w <> ''
        THEN '''' || look_w || ''': ' || CASE
          WHEN look_w IN (
            '1 25',
            '1 alpha',
            'calcitriol',
            'calcitriolo',
            'dihidroxi',
            'dihydroksi',
            'dihydroksy',
            'dihydroxi',
            'dihydroxi vitamin',
            'dihydroxy',
            'dihydroxy_125',
            'dihydroxycholecalciferol',
            'dihydroxyvitamin',
            'diidrossi',
            'kalcitriol',
            'kalsitriol',
            'kalsitrioli'
          )
          THEN '1,25-dihydroxyvitamin D (calcitriol), not 25-hydroxyvitamin D'
          WHEN look_w IN ('dihydroxy_2425')
          THEN '24,25-dihydroxyvitamin D, not 25-hydroxyvitamin D'
          WHEN look_w IN (
            'peptide',
            'pth rp',
            'pthlh',
            'pthrp',
            'related',
            'related peptide',
            'related protein',
            'rp'
          )
          THEN 'PTH-related peptide, not PTH'
          WHEN look_w IN ('specimen_fluid')
          THEN 'a body fluid (NPU specimen prefix), not serum'
          WHEN look_w IN (
            'amniotic',
            'ascites',
            'ascitic',
            'aszites',
            'bile',
            'body fluid',
            'bone',
            'calculus',
            'concrement',
            'dial',
            'dialisato',
            'dialysaat',
            'dialysat',
            'dialysate',
            'dialysis fluid',
            'drain',
            'drainage',
            'effluent',
            'faeces',
            'feces',
            'fld',
            'fluid',
            'fruchtwasser',
            'galle',
            'gastric',
            'gewebe',
            'haar',
            'hair',
            'kidney stone',
            'korperflussigkeit',
            'kroppsvatska',
            'lichaamsvocht',
            'liquide biologique',
            'liquido biologico',
            'milch',
            'milk',
            'nail',
            'pd',
            'pericardial',
            'peritoneal',
            'peritonealdialysat',
            'pleura',
            'pleural',
            'pleuralflussigkeit',
            'saliva',
            'schweiss',
            'semen',
            'speichel',
            'sperma',
            'stone',
            'stool',
            'stuhl',
            'sweat',
            'synovia',
            'synovial',
            'tear',
            'tissue'
          )
          THEN 'a body fluid or dialysate, not serum'
          WHEN look_w IN (
            'anteil',
            'balance',
            'ca p product',
            'ca x p',
            'calcium phosphate product',
            'caxp',
            'cr',
            'crea',
            'creat',
            'creatinina',
            'creatinine',
            'forhold',
            'fosfatprodukt',
            'fraction',
            'fractional',
            'gap',
            'index',
            'indice',
            'kreatiniini',
            'kreatinin',
            'kvot',
            'massenverhaltnis',
            'percent',
            'percentage',
            'phosphatprodukt',
            'prodotto calcio fosforo',
            'product',
            'produit phosphocalcique',
            'quotient',
            'rapport',
            'rapporto',
            'ratio',
            'razao',
            'razon',
            'suhde',
            'uptake',
            'verhaltnis',
            'verhouding'
          )
          THEN 'a ratio, a clearance or an index'
          WHEN look_w IN ('ca 125', 'ca 15 3', 'ca 19 9', 'ca 242', 'ca 27 29', 'ca 50', 'ca 72 4')
          THEN 'a tumour marker (CA 125, CA 19-9, CA 15-3), not calcium'
          WHEN look_w IN (
            'acid',
            'adenosine',
            'alkaline',
            'alkalische',
            'amorph',
            'amorphous',
            'apatite',
            'carbonat',
            'carbonate',
            'creatine phosphokinase',
            'cristales',
            'cristaux',
            'cry',
            'crystal',
            'crystals',
            'deoxy',
            'fosfataasi',
            'fosfatase',
            'fosfatasi',
            'fosfolipid',
            'glucose 6 phosphate',
            'hexose',
            'hydroxyapatite',
            'inositol',
            'kristall',
            'kristalle',
            'nicotinamide',
            'oxalat',
            'oxalate',
            'phosphatase',
            'phosphatasen',
            'phosphate binder',
            'phosphatidyl',
            'phosphatidylcholine',
            'phosphatidylethanolamine',
            'phosphatidylinositol',
            'phosphatidylserine',
            'phosphoethanolamine',
            'phosphokinase',
            'phospholipid',
            'phospholipide',
            'phospholipids',
            'phosphorylase',
            'phosphoserine',
            'pyridoxal',
            'pyridoxal phosphate',
            'pyrophosphate',
            'riboflavin',
            'saure',
            'struvite',
            'sugar',
            'sulfat',
            'sulfate',
            'thiamine',
            'triple phosphate'
          )
          THEN 'an enzyme, a lipid or a crystal, not the mineral'
          WHEN look_w IN ('paket', 'paketti', 'pakke')
          THEN 'an order of several tests (a package), not one result'
          WHEN look_w IN (
            '7 84',
            'amino terminal',
            'c terminal',
            'carboxyl',
            'cterminal',
            'fragment',
            'fragments',
            'mid',
            'mid molecule',
            'mid region',
            'midregion',
            'n terminal',
            'nterminal'
          )
          THEN 'another PTH assay (C-terminal, N-terminal, mid-region)'
          WHEN look_w IN (
            'eiweiss',
            'globuliini',
            'globulin',
            'globulina',
            'globuline',
            'glycated',
            'glycosylated',
            'glykiertes',
            'ima',
            'ischemia modified',
            'microalbumin',
            'microalbumina',
            'microalbumine',
            'mikroalbumiini',
            'mikroalbumin',
            'modified',
            'praalbumin',
            'prealbumin',
            'prealbumine',
            'proteiini',
            'protein',
            'proteina',
            'proteine',
            'proteins',
            'pyridoxalphosphat',
            'transthyretin'
          )
          THEN 'another protein (prealbumin, microalbumin, globulin, transthyretin)'
          WHEN look_w IN (
            'ab',
            'absorption',
            'ag',
            'agatston',
            'antibodies',
            'antibody',
            'anticorps',
            'anticuerpos',
            'antikorper',
            'average',
            'calcitonin',
            'calcitonine',
            'carbonate supplement',
            'casr',
            'challenge',
            'change',
            'channel',
            'chloride',
            'coronary',
            'corrected qt',
            'cyp24a1',
            'cyp27b1',
            'cyp2r1',
            'day',
            'deficiency',
            'delta',
            'diet',
            'dietary',
            'diff',
            'difference',
            'dose',
            'dosing',
            'drug',
            'ecg',
            'ekg',
            'fractional absorption',
            'gene',
            'genotype',
            'gluconate',
            'hair analysis',
            'highest',
            'hours',
            'iga',
            'igg',
            'igm',
            'infusion',
            'intake',
            'isotope',
            'kalsitoniini',
            'loading',
            'lowest',
            'max',
            'mean',
            'medication',
            'min',
            'min value',
            'minuten',
            'minutes',
            'mutation',
            'polymorphism',
            'post',
            'pre',
            'procalcitonin',
            'procalcitonine',
            'prokalsitoniini',
            'qt',
            'qtc',
            'receptor',
            'score',
            'scoring',
            'sensing',
            'sensor',
            'stable',
            'stimulation',
            'stimuliert',
            'stunden',
            'supplement',
            'suppression',
            'tag',
            'tolerance',
            'toxicity',
            'trend',
            'vdr'
          )
          THEN 'not a blood level (score, antibody, channel, drug, challenge)'
          WHEN look_w IN ('interp', 'interpretation', 'not_a_value')
          THEN 'not a value (an interpretation, a presence, a titer)'
          WHEN look_w IN ('ph')
          THEN 'pH, not calcium'
          WHEN look_w IN (
            'cells',
            'erc',
            'eritrocitaria',
            'eritrocitario',
            'eritrociti',
            'eritrocitos',
            'ery',
            'erythrocytaire',
            'erythrocyte',
            'erythrocytes',
            'erythrozyten',
            'erytrocyt',
            'erytrocytar',
            'erytrocyter',
            'globulaire',
            'globular',
            'globules rouges',
            'intra erythrocytaire',
            'intracellular',
            'leukocytes',
            'punasolu',
            'punasoluista',
            'rbc',
            'rbcs',
            'red blood cells',
            'red cell',
            'red cells',
            'specimen_rbc',
            'wbc'
          )
          THEN 'red blood cells, not serum'
          WHEN look_w IN (
            'cerebrospinal',
            'cerebrospinale',
            'csf',
            'hersenvocht',
            'lcr',
            'lcs',
            'likvor',
            'liquide cephalo rachidien',
            'liquido cefalorachidiano',
            'liquido cefalorraquideo',
            'liquor',
            'liquor cefalorraquidiano',
            'ryggmargsvaeske',
            'ryggmargsvatska',
            'selkaydinneste',
            'selkaydinnesteesta',
            'specimen_csf',
            'spinal',
            'zerebrospinalflussigkeit'
          )
          THEN 'spinal fluid, not serum'
          WHEN look_w IN (
            'ausscheidung',
            'clearance',
            'collection_ collection_24h',
            'collection_24h',
            'diurese',
            'dognurin',
            'du',
            'dygnsurin',
            'excretion',
            'excretion urinaire',
            'fractional excretion',
            'harn',
            'orina',
            'sammelurin',
            'sediment',
            'specimen_urine',
            'spot urine',
            'timed urine',
            'u',
            'ur',
            'urin',
            'urina',
            'urinaire',
            'urinaria',
            'urinario',
            'urine',
            'urinsediment',
            'urinstix',
            'urn',
            'urns',
            'virtsa',
            'virtsan',
            'virtsasta',
            'vuorokausivirtsa'
          )
          THEN 'urine, not serum'
          WHEN look_w IN ('binding', 'binding protein', 'bindungsprotein', 'dbp', 'gc globulin')
          THEN 'vitamin D binding protein, not 25-hydroxyvitamin D'
        END
      END
      WHEN veto_w <> ''
      THEN '''' || veto_w || ''': ' || CASE
        WHEN veto_w IN (
          '1 25',
          '1 alpha',
          'calcitriol',
          'calcitriolo',
          'dihidroxi',
          'dihydroksi',
          'dihydroksy',
          'dihydroxi',
          'dihydroxi vitamin',
          'dihydroxy',
          'dihydroxy_125',
          'dihydroxycholecalciferol',
          'dihydroxyvitamin',
          'diidrossi',
          'kalcitriol',
          'kalsitriol',
          'kalsitrioli'
        )
        THEN '1,25-dihydroxyvitamin D (calcitriol), not 25-hydroxyvitamin D'
        WHEN veto_w IN ('dihydroxy_2425')
        THEN '24,25-dihydroxyvitamin D, not 25-hydroxyvitamin D'
        WHEN veto_w IN (
          'peptide',
          'pth rp',
          'pthlh',
          'pthrp',
          'related',
          'related peptide',
          'related protein',
          'rp'
        )
        THEN 'PTH-related peptide, not PTH'
        WHEN veto_w IN ('specimen_fluid')
        THEN 'a body fluid (NPU specimen prefix), not serum'
        WHEN veto_w IN (
          'amniotic',
          'ascites',
          'ascitic',
          'aszites',
          'bile',
          'body fluid',
          'bone',
          'calculus',
          'concrement',
          'dial',
          'dialisato',
          'dialysaat',
          'dialysat',
          'dialysate',
          'dialysis fluid',
          'drain',
          'drainage',
          'effluent',
          'faeces',
          'feces',
          'fld',
          'fluid',
          'fruchtwasser',
          'galle',
          'gastric',
          'gewebe',
          'haar',
          'hair',
          'kidney stone',
          'korperflussigkeit',
          'kroppsvatska',
          'lichaamsvocht',
          'liquide biologique',
          'liquido biologico',
          'milch',
          'milk',
          'nail',
          'pd',
          'pericardial',
          'peritoneal',
          'peritonealdialysat',
          'pleura',
          'pleural',
          'pleuralflussigkeit',
          'saliva',
          'schweiss',
          'semen',
          'speichel',
          'sperma',
          'stone',
          'stool',
          'stuhl',
          'sweat',
          'synovia',
          'synovial',
          'tear',
          'tissue'
        )
        THEN 'a body fluid or dialysate, not serum'
        WHEN veto_w IN (
          'anteil',
          'balance',
          'ca p product',
          'ca x p',
          'calcium phosphate product',
          'caxp',
          'cr',
          'crea',
          'creat',
          'creatinina',
          'creatinine',
          'forhold',
          'fosfatprodukt',
          'fraction',
          'fractional',
          'gap',
          'index',
          'indice',
          'kreatiniini',
          'kreatinin',
          'kvot',
          'massenverhaltnis',
          'percent',
          'percentage',
          'phosphatprodukt',
          'prodotto calcio fosforo',
          'product',
          'produit phosphocalcique',
          'quotient',
          'rapport',
          'rapporto',
          'ratio',
          'razao',
          'razon',
          'suhde',
          'uptake',
          'verhaltnis',
          'verhouding'
        )
        THEN 'a ratio, a clearance or an index'
        WHEN veto_w IN ('ca 125', 'ca 15 3', 'ca 19 9', 'ca 242', 'ca 27 29', 'ca 50', 'ca 72 4')
        THEN 'a tumour marker (CA 125, CA 19-9, CA 15-3), not calcium'
        WHEN veto_w IN (
          'acid',
          'adenosine',
          'alkaline',
          'alkalische',
          'amorph',
          'amorphous',
          'apatite',
          'carbonat',
          'carbonate',
          'creatine phosphokinase',
          'cristales',
          'cristaux',
          'cry',
          'crystal',
          'crystals',
          'deoxy',
          'fosfataasi',
          'fosfatase',
          'fosfatasi',
          'fosfolipid',
          'glucose 6 phosphate',
          'hexose',
          'hydroxyapatite',
          'inositol',
          'kristall',
          'kristalle',
          'nicotinamide',
          'oxalat',
          'oxalate',
          'phosphatase',
          'phosphatasen',
          'phosphate binder',
          'phosphatidyl',
          'phosphatidylcholine',
          'phosphatidylethanolamine',
          'phosphatidylinositol',
          'phosphatidylserine',
          'phosphoethanolamine',
          'phosphokinase',
          'phospholipid',
          'phospholipide',
          'phospholipids',
          'phosphorylase',
          'phosphoserine',
          'pyridoxal',
          'pyridoxal phosphate',
          'pyrophosphate',
          'riboflavin',
          'saure',
          'struvite',
          'sugar',
          'sulfat',
          'sulfate',
          'thiamine',
          'triple phosphate'
        )
        THEN 'an enzyme, a lipid or a crystal, not the mineral'
        WHEN veto_w IN ('paket', 'paketti', 'pakke')
        THEN 'an order of several tests (a package), not one result'
        WHEN veto_w IN (
          '7 84',
          'amino terminal',
          'c terminal',
          'carboxyl',
          'cterminal',
          'fragment',
          'fragments',
          'mid',
          'mid molecule',
          'mid region',
          'midregion',
          'n terminal',
          'nterminal'
        )
        THEN 'another PTH assay (C-terminal, N-terminal, mid-region)'
        WHEN veto_w IN (
          'eiweiss',
          'globuliini',
          'globulin',
          'globulina',
          'globuline',
          'glycated',
          'glycosylated',
          'glykiertes',
          'ima',
          'ischemia modified',
          'microalbumin',
          'microalbumina',
          'microalbumine',
          'mikroalbumiini',
          'mikroalbumin',
          'modified',
          'praalbumin',
          'prealbumin',
          'prealbumine',
          'proteiini',
          'protein',
          'proteina',
          'proteine',
          'proteins',
          'pyridoxalphosphat',
          'transthyretin'
        )
        THEN 'another protein (prealbumin, microalbumin, globulin, transthyretin)'
        WHEN veto_w IN (
          'ab',
          'absorption',
          'ag',
          'agatston',
          'antibodies',
          'antibody',
          'anticorps',
          'anticuerpos',
          'antikorper',
          'average',
          'calcitonin',
          'calcitonine',
          'carbonate supplement',
          'casr',
          'challenge',
          'change',
          'channel',
          'chloride',
          'coronary',
          'corrected qt',
          'cyp24a1',
          'cyp27b1',
          'cyp2r1',
          'day',
          'deficiency',
          'delta',
          'diet',
          'dietary',
          'diff',
          'difference',
          'dose',
          'dosing',
          'drug',
          'ecg',
          'ekg',
          'fractional absorption',
          'gene',
          'genotype',
          'gluconate',
          'hair analysis',
          'highest',
          'hours',
          'iga',
          'igg',
          'igm',
          'infusion',
          'intake',
          'isotope',
          'kalsitoniini',
          'loading',
          'lowest',
          'max',
          'mean',
          'medication',
          'min',
          'min value',
          'minuten',
          'minutes',
          'mutation',
          'polymorphism',
          'post',
          'pre',
          'procalcitonin',
          'procalcitonine',
          'prokalsitoniini',
          'qt',
          'qtc',
          'receptor',
          'score',
          'scoring',
          'sensing',
          'sensor',
          'stable',
          'stimulation',
          'stimuliert',
          'stunden',
          'supplement',
          'suppression',
          'tag',
          'tolerance',
          'toxicity',
          'trend',
          'vdr'
        )
        THEN 'not a blood level (score, antibody, channel, drug, challenge)'
        WHEN veto_w IN ('interp', 'interpretation', 'not_a_value')
        THEN 'not a value (an interpretation, a presence, a titer)'
        WHEN veto_w IN ('ph')
        THEN 'pH, not calcium'
        WHEN veto_w IN (
          'cells',
          'erc',
          'eritrocitaria',
          'eritrocitario',
          'eritrociti',
          'eritrocitos',
          'ery',
          'erythrocytaire',
          'erythrocyte',
          'erythrocytes',
          'erythrozyten',
          'erytrocyt',
          'erytrocytar',
          'erytrocyter',
          'globulaire',
          'globular',
          'globules rouges',
          'intra erythrocytaire',
          'intracellular',
          'leukocytes',
          'punasolu',
          'punasoluista',
          'rbc',
          'rbcs',
          'red blood cells',
          'red cell',
          'red cells',
          'specimen_rbc',
          'wbc'
        )
        THEN 'red blood cells, not serum'
        WHEN veto_w IN (
          'cerebrospinal',
          'cerebrospinale',
          'csf',
          'hersenvocht',
          'lcr',
          'lcs',
          'likvor',
          'liquide cephalo rachidien',
          'liquido cefalorachidiano',
          'liquido cefalorraquideo',
          'liquor',
          'liquor cefalorraquidiano',
          'ryggmargsvaeske',
          'ryggmargsvatska',
          'selkaydinneste',
          'selkaydinnesteesta',
          'specimen_csf',
          'spinal',
          'zerebrospinalflussigkeit'
        )
        THEN 'spinal fluid, not serum'
        WHEN veto_w IN (
          'ausscheidung',
          'clearance',
          'collection_ collection_24h',
          'collection_24h',
          'diurese',
          'dognurin',
          'du',
          'dygnsurin',
          'excretion',
          'excretion urinaire',
          'fractional excretion',
          'harn',
          'orina',
          'sammelurin',
          'sediment',
          'specimen_urine',
          'spot urine',
          'timed urine',
          'u',
          'ur',
          'urin',
          'urina',
          'urinaire',
          'urinaria',
          'urinario',
          'urine',
          'urinsediment',
          'urinstix',
          'urn',
          'urns',
          'virtsa',
          'virtsan',
          'virtsasta',
          'vuorokausivirtsa'
        )
        THEN 'urine, not serum'
        WHEN veto_w IN ('binding', 'binding protein', 'bindungsprotein', 'dbp', 'gc globulin')
        THEN 'vitamin D binding protein, not 25-hydroxyvitamin D'
      END
      WHEN ratio
      THEN '''/'': a ratio, a clearance or an index'
      WHEN unk_w <> ''
      THEN 'unknown word ''' || unk_w || ''''
      WHEN n_kept > 1
      THEN 'names more than one test (' || listed || ')'
      WHEN NOT bad_mod IS NULL
      THEN '''' || bad_mod || ''' ' || REPLACE(one, '_', ' ') || ' is not one of vitd''s tests'
      WHEN blood_bad
      THEN REPLACE(one, '_', ' ') || ' in whole blood is not read against serum ranges'
    END AS nm_reason,
    NOT odd
    AND any_word
    AND (
      (
        NOT any_an AND look_w <> ''
      )
      OR (
        any_an
        AND (
          veto_w <> ''
          OR ratio
          OR (
            unk_w = '' AND n_kept = 1 AND (
              NOT bad_mod IS NULL OR blood_bad
            )
          )
        )
      )
    ) AS nm_stop,
    odd OR (
      any_word AND any_an AND veto_w = '' AND NOT ratio AND unk_w <> ''
    ) AS nm_close
  FROM vitd_nm_fit
), vitd_nm_name AS (
  SELECT
    vitd_nm_said.*,
    CASE WHEN nm_reason IS NULL AND any_word AND any_an THEN one END AS nm_analyte
  FROM vitd_nm_said
), vitd_nm AS (
  SELECT
    n.*,
    CASE
      WHEN NOT cd.analyte IS NULL
      THEN CASE
        WHEN (
          n.label <> ''
          AND NOT nm_close
          AND (
            nm_stop OR (
              NOT nm_analyte IS NULL AND nm_analyte <> cd.analyte
            )
          )
        )
        THEN NULL
        ELSE cd.analyte
      END
      WHEN NOT cd.code IS NULL OR n.label = ''
      THEN NULL
      WHEN NOT mp.key IS NULL
      THEN mp.analyte
      WHEN NOT xn.reason IS NULL
      THEN NULL
      ELSE nm_analyte
    END AS id_analyte,
    CASE
      WHEN NOT cd.analyte IS NULL
      THEN CASE
        WHEN (
          n.label <> ''
          AND NOT nm_close
          AND (
            nm_stop OR (
              NOT nm_analyte IS NULL AND nm_analyte <> cd.analyte
            )
          )
        )
        THEN 'LOINC ' || n.code || ' is ' || REPLACE(cd.analyte, '_', ' ') || ' but the name says ' || COALESCE(nm_reason, 'it is ' || nm_analyte) || ': code and name disagree, so it is not read'
      END
      WHEN NOT cd.code IS NULL
      THEN cd.reason
      WHEN n.label = ''
      THEN NULL
      WHEN NOT mp.key IS NULL
      THEN CASE WHEN mp.analyte IS NULL THEN 'mapped to none by --tests-map' END
      WHEN NOT xn.reason IS NULL
      THEN xn.reason
      ELSE nm_reason
    END AS id_reason,
    cd.code IS NULL
    AND n.label <> ''
    AND NOT NOT mp.key IS NULL
    AND xn.reason IS NULL
    AND nm_close AS id_close
  FROM vitd_nm_name AS n
  LEFT JOIN vitd_codes AS cd
    ON cd.code = n.code AND n.code <> ''
  LEFT JOIN vitd_map AS mp
    ON mp.key = REGEXP_REPLACE(
      REGEXP_REPLACE(n.nf, '[	
    -     　]+', ' ', 'g'),
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    )
    AND n.label <> ''
  LEFT JOIN vitd_excluded AS xn
    ON xn.by_what = 'name'
    AND xn.key = REGEXP_REPLACE(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          REPLACE(
            REPLACE(
              LOWER(
                REGEXP_REPLACE(
                  n.label,
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                )
              ),
              '_',
              ' '
            ),
            '-',
            ' '
          ),
          '[	
    -     　]+',
          ' ',
          'g'
        ),
        '[ ,;:]+$',
        '',
        'g'
      ),
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    )
    AND n.label <> ''
), vitd_t2 AS (
  SELECT
    vitd_nm.*,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS TEXT)
    END AS not_serum,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
        '^[	
    -     　]+|[	
    -     　]+$',
        '',
        'g'
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' ', 'g'),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS serum,
    CASE WHEN label <> '' THEN label ELSE code END AS lc
  FROM vitd_nm
), vitd_tests_sql AS (
  SELECT
    k_n,
    k_c,
    CASE
      WHEN id_close
      OR NOT id_reason IS NULL
      OR (
        s_ <> '' AND NOT (
          not_serum IS NULL AND serum
        )
      )
      THEN NULL
      ELSE id_analyte
    END AS analyte,
    CASE
      WHEN id_close
      THEN label || ': not recognised (' || id_reason || '); map it with --tests-map'
      WHEN NOT id_reason IS NULL
      THEN lc || ': ' || id_reason || '; never classified against serum ranges'
      WHEN id_analyte IS NULL
      THEN NULL
      WHEN (
        s_ <> '' AND NOT (
          not_serum IS NULL AND serum
        )
      )
      AND NOT not_serum IS NULL
      THEN lc || ' is ' || not_serum || ', not serum: never classified against serum ranges'
      WHEN (
        s_ <> '' AND NOT (
          not_serum IS NULL AND serum
        )
      )
      THEN lc || ': specimen ''' || s_ || ''' is not known to be serum or plasma, so vitd does not classify it'
    END AS reason,
    CASE
      WHEN id_close
      THEN 'not recognised'
      WHEN NOT id_reason IS NULL
      THEN CASE
        WHEN STRPOS(LOWER(id_reason), 'not serum') > 0
        OR STRPOS(LOWER(id_reason), 'urine') > 0
        OR STRPOS(LOWER(id_reason), 'red-blood-cell') > 0
        OR STRPOS(LOWER(id_reason), 'fluid') > 0
        THEN 'non-serum specimen'
        WHEN STRPOS(LOWER(id_reason), 'vitamin d') > 0
        OR STRPOS(LOWER(id_reason), 'calcitriol') > 0
        OR STRPOS(LOWER(id_reason), 'dihydroxy') > 0
        THEN 'other vitamin D form'
        ELSE 'other analyte'
      END
      WHEN id_analyte IS NULL
      THEN NULL
      WHEN (
        s_ <> '' AND NOT (
          not_serum IS NULL AND serum
        )
      )
      AND NOT not_serum IS NULL
      THEN 'non-serum specimen'
      WHEN (
        s_ <> '' AND NOT (
          not_serum IS NULL AND serum
        )
      )
      THEN 'unknown specimen'
    END AS kind,
    lc AS label
  FROM vitd_t2
), vitd_id AS (
  SELECT
    i.*,
    t.analyte AS a,
    t.reason AS why,
    t.kind AS why_kind,
    t.label AS label
  FROM vitd_in AS i
  LEFT JOIN vitd_tests_sql AS t
    ON t.k_n = i.k_n AND t.k_c = i.k_c
), vitd_v0 AS (
  SELECT
    vitd_id.*,
    REGEXP_REPLACE(
      k_v,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS v0,
    REGEXP_REPLACE(
      '',
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS vn0,
    REGEXP_REPLACE(
      k_u,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS u_col
  FROM vitd_id
), vitd_v1 AS (
  SELECT
    vitd_v0.*,
    CASE
      WHEN v0 = ''
      OR LOWER(v0) IN ('#n/a', '-', '--', '.', 'n/a', 'na', 'nan', 'nd', 'none', 'not done', 'null')
      THEN vn0
      ELSE v0
    END AS v
  FROM vitd_v0
), vitd_v2 AS (
  SELECT
    vitd_v1.*,
    LOWER(v) AS lv,
    v = ''
    OR LOWER(v) IN ('#n/a', '-', '--', '.', 'n/a', 'na', 'nan', 'nd', 'none', 'not done', 'null') AS is_empty,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^(\([	
    -     　]*(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\*\*|aa|h\*|hh|hi|l\*|ll|lo|!|\*|a|c|d|h|l|n)[	
    -     　]*\)[	
    -     　]*)(?:[	
    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$)))[^
]*$',
        1
      ),
      ''
    ) AS lead_paren,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^((?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\*\*|aa|h\*|hh|hi|l\*|ll|lo|!|\*|a|c|d|h|l|n)[	
    -     　]+)(?:[	
    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$)))[^
]*$',
        1
      ),
      ''
    ) AS lead_word,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^
]+)\([	
    -     　]*(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\*\*|aa|h\*|hh|hi|l\*|ll|lo|!|\*|a|c|d|h|l|n)[	
    -     　]*\)$',
        1
      ),
      ''
    ) AS tail_paren,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^
]+)[	
    -     　]+(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\*\*|aa|h\*|hh|hi|l\*|ll|lo|!|\*|a|c|d|h|l|n)$',
        1
      ),
      ''
    ) AS tail_word,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^
]*[0-9])[	
    -     　]*(?:!!|\*\*|hh|ll|!|\*|h|l)$',
        1
      ),
      ''
    ) AS tail_glued
  FROM vitd_v1
), vitd_v3 AS (
  SELECT
    vitd_v2.*,
    CASE
      WHEN lead_paren <> ''
      THEN lead_paren
      WHEN lead_word <> ''
      THEN lead_word
      ELSE ''
    END AS lead_mark,
    CASE
      WHEN tail_paren <> ''
      AND REGEXP_MATCHES(
        tail_paren,
        '^[	
    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      )
      THEN tail_paren
      WHEN tail_word <> ''
      AND REGEXP_MATCHES(
        tail_word,
        '^[	
    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      )
      THEN tail_word
      WHEN tail_glued <> ''
      AND REGEXP_MATCHES(
        tail_glued,
        '^[	
    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      )
      THEN tail_glued
      ELSE ''
    END AS tail_keep
  FROM vitd_v2
), vitd_v4 AS (
  SELECT
    vitd_v3.*,
    CASE
      WHEN lead_mark <> ''
      THEN REGEXP_REPLACE(
        SUBSTRING(v, LENGTH(lead_mark) + 1),
        '^[	
    -     　]+|[	
    -     　]+$',
        '',
        'g'
      )
      WHEN tail_keep <> ''
      THEN REGEXP_REPLACE(
        SUBSTRING(v, 1, LENGTH(tail_keep)),
        '^[	
    -     　]+|[	
    -     　]+$',
        '',
        'g'
      )
      ELSE v
    END AS v2
  FROM vitd_v3
), vitd_v5 AS (
  SELECT
    vitd_v4.*,
    REGEXP_MATCHES(LOWER(v2), '^[+-]?(?:nan|inf|infinity)(?:[^a-z0-9_]|$)') AS is_nan,
    REGEXP_MATCHES(
      LOWER(v2),
      '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[	
    -     　]*(?:[+-]?(?:[0-9][0-9,.  '' ]*[0-9]\.?|[0-9]\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)[^
]*$'
    ) AS is_number,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v2),
        '^(<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[	
    -     　]*(?:[+-]?(?:[0-9][0-9,.  '' ]*[0-9]\.?|[0-9]\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)',
        1
      ),
      ''
    ) AS cmp_text,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v2),
        '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[	
    -     　]*([+-]?(?:[0-9][0-9,.  '' ]*[0-9]\.?|[0-9]\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)',
        1
      ),
      ''
    ) AS num_text,
    REGEXP_REPLACE(
      COALESCE(
        REGEXP_EXTRACT(
          LOWER(v2),
          '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[	
    -     　]*(?:[+-]?(?:[0-9][0-9,.  '' ]*[0-9]\.?|[0-9]\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)[	
    -     　]*([^
]*)$',
          1
        ),
        ''
      ),
      '[	
    -     　]+$',
      '',
      'g'
    ) AS unit_text
  FROM vitd_v4
), vitd_v6 AS (
  SELECT
    vitd_v5.*,
    CASE
      WHEN cmp_text = '<'
      THEN '<'
      WHEN cmp_text = '<='
      THEN '<='
      WHEN cmp_text = '≤'
      THEN '<='
      WHEN cmp_text = '=<'
      THEN '<='
      WHEN cmp_text = '>'
      THEN '>'
      WHEN cmp_text = '>='
      THEN '>='
      WHEN cmp_text = '≥'
      THEN '>='
      WHEN cmp_text = '=>'
      THEN '>='
      WHEN cmp_text = 'less than'
      THEN '<'
      WHEN cmp_text = 'lt'
      THEN '<'
      WHEN cmp_text = 'under'
      THEN '<'
      WHEN cmp_text = 'below'
      THEN '<'
      WHEN cmp_text = 'greater than'
      THEN '>'
      WHEN cmp_text = 'gt'
      THEN '>'
      WHEN cmp_text = 'more than'
      THEN '>'
      WHEN cmp_text = 'above'
      THEN '>'
      WHEN cmp_text = 'over'
      THEN '>'
      ELSE ''
    END AS cmp,
    num_text LIKE '-%' AS negative_sign,
    REGEXP_REPLACE(num_text, '^[+-]', '') AS body
  FROM vitd_v5
), vitd_v7 AS (
  SELECT
    vitd_v6.*,
    COALESCE(REGEXP_EXTRACT(body, '^([^,.]*)', 1), '') AS int_part,
    REGEXP_MATCHES(body, '[  '' ]') AS grouped,
    CASE WHEN STRPOS(body, ' ') > 0 THEN 1 ELSE 0 END + CASE WHEN STRPOS(body, ' ') > 0 THEN 1 ELSE 0 END + CASE WHEN STRPOS(body, '''') > 0 THEN 1 ELSE 0 END + CASE WHEN STRPOS(body, ' ') > 0 THEN 1 ELSE 0 END AS separator_kinds
  FROM vitd_v6
), vitd_v8 AS (
  SELECT
    vitd_v7.*,
    NOT grouped
    OR (
      separator_kinds = 1
      AND REGEXP_MATCHES(int_part, '^[0-9]{1,3}(?:[  '' ][0-9]{3})*$')
    ) AS groups_ok,
    CASE
      WHEN grouped
      THEN REGEXP_REPLACE(int_part, '[  '' ]', '', 'g') || SUBSTRING(body, LENGTH(int_part) + 1)
      ELSE body
    END AS b2
  FROM vitd_v7
), vitd_v9 AS (
  SELECT
    vitd_v8.*,
    LENGTH(b2) - LENGTH(REPLACE(b2, ',', '')) AS commas,
    LENGTH(b2) - LENGTH(REPLACE(b2, '.', '')) AS points,
    REGEXP_MATCHES(b2, ',[^.]*$') AS comma_last,
    COALESCE(REGEXP_EXTRACT(b2, '^(.*),', 1), '') AS head_comma,
    COALESCE(REGEXP_EXTRACT(b2, ',([^,]*)$', 1), '') AS tail_comma,
    COALESCE(REGEXP_EXTRACT(b2, '^(.*)\.', 1), '') AS head_point,
    COALESCE(REGEXP_EXTRACT(b2, '\.([^.]*)$', 1), '') AS tail_point
  FROM vitd_v8
), vitd_v10 AS (
  SELECT
    vitd_v9.*,
    CASE
      WHEN commas > 0 AND points > 0 AND comma_last
      THEN REGEXP_MATCHES(head_comma, '^[0-9]{1,3}(?:\.[0-9]{3})*$')
      WHEN commas > 0 AND points > 0
      THEN REGEXP_MATCHES(head_point, '^[0-9]{1,3}(?:,[0-9]{3})*$')
      WHEN commas > 1
      THEN REGEXP_MATCHES(b2, '^[0-9]{1,3}(?:,[0-9]{3})+$')
      WHEN commas = 1
      THEN TRUE
      WHEN points > 1
      THEN REGEXP_MATCHES(b2, '^[0-9]{1,3}(?:\.[0-9]{3})+$')
      ELSE TRUE
    END AS thousands_ok,
    CASE
      WHEN commas > 0 AND points > 0 AND comma_last
      THEN REPLACE(head_comma, '.', '') || '.' || tail_comma
      WHEN commas > 0 AND points > 0
      THEN REPLACE(head_point, ',', '') || '.' || tail_point
      WHEN commas > 1
      THEN REPLACE(b2, ',', '')
      WHEN commas = 1
      THEN REPLACE(b2, ',', '.')
      WHEN points > 1
      THEN REPLACE(b2, '.', '')
      ELSE b2
    END AS s1,
    CASE
      WHEN commas = 1
      AND points = 0
      AND LENGTH(tail_comma) = 3
      AND LENGTH(head_comma) BETWEEN 1 AND 3
      AND head_comma <> '0'
      THEN head_comma || tail_comma
    END AS alt_text
  FROM vitd_v9
), vitd_v11 AS (
  SELECT
    vitd_v10.*,
    is_number
    AND groups_ok
    AND thousands_ok
    AND REGEXP_MATCHES(s1, '^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?$') AS parsed,
    REPLACE(CASE WHEN s1 LIKE '.%' THEN '0' || s1 ELSE s1 END, '.e', '.0e') AS s2
  FROM vitd_v10
), vitd_v12 AS (
  SELECT
    vitd_v11.*,
    CASE
      WHEN parsed AND NOT is_nan AND NOT is_empty AND NOT a IS NULL
      THEN CAST(CASE WHEN s2 LIKE '%.' THEN s2 || '0' ELSE s2 END AS DOUBLE)
    END AS x,
    CASE
      WHEN parsed AND NOT is_nan AND NOT is_empty AND NOT a IS NULL AND NOT alt_text IS NULL
      THEN CAST(alt_text AS DOUBLE)
    END AS alt_x,
    unit_text <> '' AND u_col <> '' AND unit_text <> LOWER(u_col) AS unit_conflict,
    CASE WHEN unit_text <> '' THEN unit_text ELSE u_col END AS unit_given
  FROM vitd_v11
), vitd_v13 AS (
  SELECT
    vitd_v12.*,
    un.unit AS unit_key,
    CASE
      WHEN a = 'calcium' AND x >= 1.0e0 AND x <= 4.0e0
      THEN 'mmol/L'
      WHEN a = 'calcium' AND x >= 5.0e0 AND x <= 16.0e0
      THEN 'mg/dL'
      WHEN a = 'ionized_calcium' AND x >= 0.5e0 AND x <= 2.0e0
      THEN 'mmol/L'
      WHEN a = 'ionized_calcium' AND x >= 2.5e0 AND x <= 8.0e0
      THEN 'mg/dL'
      WHEN a = 'albumin' AND x >= 0.8e0 AND x <= 7.0e0
      THEN 'g/dL'
      WHEN a = 'albumin' AND x >= 10.0e0 AND x <= 70.0e0
      THEN 'g/L'
      WHEN a = 'corrected_calcium' AND x >= 1.0e0 AND x <= 4.0e0
      THEN 'mmol/L'
      WHEN a = 'corrected_calcium' AND x >= 5.0e0 AND x <= 16.0e0
      THEN 'mg/dL'
      ELSE CAST(NULL AS TEXT)
    END AS unit_inferred
  FROM vitd_v12
  LEFT JOIN vitd_units AS un
    ON un.spelling = REPLACE(
      REPLACE(
        REPLACE(
          REGEXP_REPLACE(LOWER(unit_given), '[	
    -     　]+', '', 'g'),
          'µ',
          'u'
        ),
        'μ',
        'u'
      ),
      'mcg',
      'ug'
    )
), vitd_v14 AS (
  SELECT
    vitd_v13.*,
    CASE WHEN unit_given <> '' THEN unit_key ELSE unit_inferred END AS unit
  FROM vitd_v13
), vitd_s0 AS (
  SELECT
    vitd_v14.*,
    cu.analyte AS unit_ok,
    cu.si_same,
    cu.si_fs,
    cu.si_dv,
    cu.si_ml,
    cu.si_fd,
    cu.last_band,
    cu.cut_0,
    cu.below_0,
    cu.same_0,
    cu.fs_0,
    cu.dv_0,
    cu.ml_0,
    cu.fd_0,
    cu.cut_1,
    cu.below_1,
    cu.same_1,
    cu.fs_1,
    cu.dv_1,
    cu.ml_1,
    cu.fd_1,
    cu.cut_2,
    cu.below_2,
    cu.same_2,
    cu.fs_2,
    cu.dv_2,
    cu.ml_2,
    cu.fd_2,
    cu.cut_3,
    cu.below_3,
    cu.same_3,
    cu.fs_3,
    cu.dv_3,
    cu.ml_3,
    cu.fd_3,
    cu.cut_4,
    cu.below_4,
    cu.same_4,
    cu.fs_4,
    cu.dv_4,
    cu.ml_4,
    cu.fd_4,
    cu.cut_5,
    cu.below_5,
    cu.same_5,
    cu.fs_5,
    cu.dv_5,
    cu.ml_5,
    cu.fd_5,
    cu.cut_6,
    cu.below_6,
    cu.same_6,
    cu.fs_6,
    cu.dv_6,
    cu.ml_6,
    cu.fd_6,
    (
      (
        x * cu.si_fs
      ) / cu.si_dv
    ) * cu.si_ml / cu.si_fd AS si_raw,
    (
      (
        alt_x * cu.si_fs
      ) / cu.si_dv
    ) * cu.si_ml / cu.si_fd AS alt_si_raw,
    p.plausible_lo,
    p.plausible_hi,
    p.si_unit,
    p.range_text
  FROM vitd_v14
  LEFT JOIN vitd_cutoffs AS cu
    ON cu.analyte = vitd_v14.a AND cu.unit = vitd_v14.unit
  LEFT JOIN vitd_analytes AS p
    ON p.analyte = vitd_v14.a
), vitd_s1 AS (
  SELECT
    vitd_s0.*,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN si_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN si_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN si_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN si_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS cp,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN si_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN si_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN si_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN si_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS cph,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 0.0e0
      WHEN si_raw >= 10000.0e0
      THEN 0.0e0
      WHEN si_raw >= 1000.0e0
      THEN 0.0e0
      WHEN si_raw >= 100.0e0
      THEN 0.0e0
      WHEN si_raw >= 10.0e0
      THEN 0.0e0
      WHEN si_raw >= 1.0e0
      THEN 0.0e0
      WHEN si_raw >= 0.1e0
      THEN 4096.0e0
      WHEN si_raw >= 0.01e0
      THEN -90112.0e0
      WHEN si_raw >= 0.001e0
      THEN -376832.0e0
      WHEN si_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS cpl,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS ap,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS aph,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 4096.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN -90112.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN -376832.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS apl
  FROM vitd_s0
), vitd_s2 AS (
  SELECT
    vitd_s1.*,
    CASE
      WHEN si_same = 1
      THEN x
      WHEN cp IS NULL
      THEN si_raw
      ELSE (
        CASE
          WHEN (
            (
              si_raw * cp
            ) - FLOOR((
              si_raw * cp
            ))
          ) > 0.5e0
          THEN FLOOR((
            si_raw * cp
          )) + 1
          WHEN (
            (
              si_raw * cp
            ) - FLOOR((
              si_raw * cp
            ))
          ) < 0.5e0
          THEN FLOOR((
            si_raw * cp
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * si_raw
                    ) - (
                      (
                        134217729.0e0 * si_raw
                      ) - si_raw
                    )
                  ) * cph
                ) - (
                  si_raw * cp
                )
              ) + (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              ) * cpl
            ) + (
              si_raw - (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              )
            ) * cph
          ) + (
            si_raw - (
              (
                134217729.0e0 * si_raw
              ) - (
                (
                  134217729.0e0 * si_raw
                ) - si_raw
              )
            )
          ) * cpl > 0
          THEN FLOOR((
            si_raw * cp
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * si_raw
                    ) - (
                      (
                        134217729.0e0 * si_raw
                      ) - si_raw
                    )
                  ) * cph
                ) - (
                  si_raw * cp
                )
              ) + (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              ) * cpl
            ) + (
              si_raw - (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              )
            ) * cph
          ) + (
            si_raw - (
              (
                134217729.0e0 * si_raw
              ) - (
                (
                  134217729.0e0 * si_raw
                ) - si_raw
              )
            )
          ) * cpl < 0
          THEN FLOOR((
            si_raw * cp
          ))
          WHEN FLOOR(FLOOR((
            si_raw * cp
          )) / 2e0) * 2e0 = FLOOR((
            si_raw * cp
          ))
          THEN FLOOR((
            si_raw * cp
          ))
          ELSE FLOOR((
            si_raw * cp
          )) + 1
        END
      ) / cp
    END AS si,
    CASE
      WHEN si_same = 1
      THEN alt_x
      WHEN ap IS NULL
      THEN alt_si_raw
      ELSE (
        CASE
          WHEN (
            (
              alt_si_raw * ap
            ) - FLOOR((
              alt_si_raw * ap
            ))
          ) > 0.5e0
          THEN FLOOR((
            alt_si_raw * ap
          )) + 1
          WHEN (
            (
              alt_si_raw * ap
            ) - FLOOR((
              alt_si_raw * ap
            ))
          ) < 0.5e0
          THEN FLOOR((
            alt_si_raw * ap
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * alt_si_raw
                    ) - (
                      (
                        134217729.0e0 * alt_si_raw
                      ) - alt_si_raw
                    )
                  ) * aph
                ) - (
                  alt_si_raw * ap
                )
              ) + (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              ) * apl
            ) + (
              alt_si_raw - (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              )
            ) * aph
          ) + (
            alt_si_raw - (
              (
                134217729.0e0 * alt_si_raw
              ) - (
                (
                  134217729.0e0 * alt_si_raw
                ) - alt_si_raw
              )
            )
          ) * apl > 0
          THEN FLOOR((
            alt_si_raw * ap
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * alt_si_raw
                    ) - (
                      (
                        134217729.0e0 * alt_si_raw
                      ) - alt_si_raw
                    )
                  ) * aph
                ) - (
                  alt_si_raw * ap
                )
              ) + (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              ) * apl
            ) + (
              alt_si_raw - (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              )
            ) * aph
          ) + (
            alt_si_raw - (
              (
                134217729.0e0 * alt_si_raw
              ) - (
                (
                  134217729.0e0 * alt_si_raw
                ) - alt_si_raw
              )
            )
          ) * apl < 0
          THEN FLOOR((
            alt_si_raw * ap
          ))
          WHEN FLOOR(FLOOR((
            alt_si_raw * ap
          )) / 2e0) * 2e0 = FLOOR((
            alt_si_raw * ap
          ))
          THEN FLOOR((
            alt_si_raw * ap
          ))
          ELSE FLOOR((
            alt_si_raw * ap
          )) + 1
        END
      ) / ap
    END AS alt_si
  FROM vitd_s1
), vitd_s3 AS (
  SELECT
    vitd_s2.*,
    (
      (
        si >= plausible_lo OR cmp IN ('<', '<=')
      )
      AND (
        si <= plausible_hi OR cmp IN ('>', '>=')
      )
    ) AS plausible,
    NOT alt_x IS NULL
    AND (
      (
        alt_si >= plausible_lo OR cmp IN ('<', '<=')
      )
      AND (
        alt_si <= plausible_hi OR cmp IN ('>', '>=')
      )
    ) AS alt_plausible
  FROM vitd_s2
), vitd_s4 AS (
  SELECT
    vitd_s3.*,
    CASE WHEN alt_plausible AND NOT plausible THEN alt_x ELSE x END AS value,
    CASE WHEN alt_plausible AND NOT plausible THEN alt_si ELSE si END AS value_si
  FROM vitd_s3
), vitd_s5 AS (
  SELECT
    vitd_s4.*,
    CASE
      WHEN a IS NULL
      THEN why_kind
      WHEN is_empty
      THEN 'empty value'
      WHEN is_nan
      THEN 'not a number'
      WHEN NOT parsed
      THEN 'text result'
      WHEN unit_conflict
      THEN 'unit conflict'
      WHEN x > 1.7976931348623157e308
      THEN 'not a number'
      WHEN negative_sign AND x > 0
      THEN 'negative value'
      WHEN unit_given <> '' AND unit_key IS NULL
      THEN 'unknown unit'
      WHEN unit_given <> '' AND unit_ok IS NULL
      THEN 'wrong unit'
      WHEN unit IS NULL OR unit_ok IS NULL
      THEN 'no unit'
      WHEN alt_plausible AND plausible
      THEN 'unreadable value'
      WHEN NOT (
        plausible OR alt_plausible
      )
      THEN 'implausible value'
    END AS kind
  FROM vitd_s4
), vitd_s6 AS (
  SELECT
    vitd_s5.*,
    NOT a IS NULL AND kind IS NULL AS interpreted
  FROM vitd_s5
), vitd_g0 AS (
  SELECT
    vitd_s6.*,
    CASE
      WHEN kind = 'implausible value'
      THEN CASE
        WHEN si >= 1e+25
        THEN 25
        WHEN si >= 1e+24
        THEN 24
        WHEN si >= 1.0000000000000001e+23
        THEN 23
        WHEN si >= 1e+22
        THEN 22
        WHEN si >= 1e+21
        THEN 21
        WHEN si >= 1e+20
        THEN 20
        WHEN si >= 1e+19
        THEN 19
        WHEN si >= 1e+18
        THEN 18
        WHEN si >= 1e+17
        THEN 17
        WHEN si >= 1e+16
        THEN 16
        WHEN si >= 1000000000000000.0e0
        THEN 15
        WHEN si >= 100000000000000.0e0
        THEN 14
        WHEN si >= 10000000000000.0e0
        THEN 13
        WHEN si >= 1000000000000.0e0
        THEN 12
        WHEN si >= 100000000000.0e0
        THEN 11
        WHEN si >= 10000000000.0e0
        THEN 10
        WHEN si >= 1000000000.0e0
        THEN 9
        WHEN si >= 100000000.0e0
        THEN 8
        WHEN si >= 10000000.0e0
        THEN 7
        WHEN si >= 1000000.0e0
        THEN 6
        WHEN si >= 100000.0e0
        THEN 5
        WHEN si >= 10000.0e0
        THEN 4
        WHEN si >= 1000.0e0
        THEN 3
        WHEN si >= 100.0e0
        THEN 2
        WHEN si >= 10.0e0
        THEN 1
        WHEN si >= 1.0e0
        THEN 0
        WHEN si >= 0.1e0
        THEN -1
        WHEN si >= 0.01e0
        THEN -2
        WHEN si >= 0.001e0
        THEN -3
        WHEN si >= 0.0001e0
        THEN -4
        WHEN si >= 1e-05
        THEN -5
        WHEN si >= 1e-06
        THEN -6
        WHEN si >= 1e-07
        THEN -7
        WHEN si >= 1e-08
        THEN -8
        WHEN si >= 1e-09
        THEN -9
        WHEN si >= 1e-10
        THEN -10
        WHEN si >= 1e-11
        THEN -11
        WHEN si >= 1e-12
        THEN -12
        WHEN si >= 1e-13
        THEN -13
        WHEN si >= 1e-14
        THEN -14
        WHEN si >= 1e-15
        THEN -15
      END
    END AS g4_k0,
    CASE
      WHEN kind = 'implausible value'
      THEN CASE
        WHEN x >= 1e+25
        THEN 25
        WHEN x >= 1e+24
        THEN 24
        WHEN x >= 1.0000000000000001e+23
        THEN 23
        WHEN x >= 1e+22
        THEN 22
        WHEN x >= 1e+21
        THEN 21
        WHEN x >= 1e+20
        THEN 20
        WHEN x >= 1e+19
        THEN 19
        WHEN x >= 1e+18
        THEN 18
        WHEN x >= 1e+17
        THEN 17
        WHEN x >= 1e+16
        THEN 16
        WHEN x >= 1000000000000000.0e0
        THEN 15
        WHEN x >= 100000000000000.0e0
        THEN 14
        WHEN x >= 10000000000000.0e0
        THEN 13
        WHEN x >= 1000000000000.0e0
        THEN 12
        WHEN x >= 100000000000.0e0
        THEN 11
        WHEN x >= 10000000000.0e0
        THEN 10
        WHEN x >= 1000000000.0e0
        THEN 9
        WHEN x >= 100000000.0e0
        THEN 8
        WHEN x >= 10000000.0e0
        THEN 7
        WHEN x >= 1000000.0e0
        THEN 6
        WHEN x >= 100000.0e0
        THEN 5
        WHEN x >= 10000.0e0
        THEN 4
        WHEN x >= 1000.0e0
        THEN 3
        WHEN x >= 100.0e0
        THEN 2
        WHEN x >= 10.0e0
        THEN 1
        WHEN x >= 1.0e0
        THEN 0
        WHEN x >= 0.1e0
        THEN -1
        WHEN x >= 0.01e0
        THEN -2
        WHEN x >= 0.001e0
        THEN -3
        WHEN x >= 0.0001e0
        THEN -4
        WHEN x >= 1e-05
        THEN -5
        WHEN x >= 1e-06
        THEN -6
        WHEN x >= 1e-07
        THEN -7
        WHEN x >= 1e-08
        THEN -8
        WHEN x >= 1e-09
        THEN -9
        WHEN x >= 1e-10
        THEN -10
        WHEN x >= 1e-11
        THEN -11
        WHEN x >= 1e-12
        THEN -12
        WHEN x >= 1e-13
        THEN -13
        WHEN x >= 1e-14
        THEN -14
        WHEN x >= 1e-15
        THEN -15
      END
    END AS g6_k0
  FROM vitd_s6
), vitd_g1 AS (
  SELECT
    vitd_g0.*,
    CASE
      WHEN g4_k0 <= 3
      THEN CAST('1e' || CAST(3 - g4_k0 AS TEXT) AS DOUBLE)
      ELSE 1e0
    END AS g4_s,
    CASE
      WHEN g4_k0 > 3
      THEN CAST('1e' || CAST(g4_k0 - 3 AS TEXT) AS DOUBLE)
      ELSE 1e0
    END AS g4_dv,
    CASE
      WHEN g6_k0 <= 5
      THEN CAST('1e' || CAST(5 - g6_k0 AS TEXT) AS DOUBLE)
      ELSE 1e0
    END AS g6_s,
    CASE
      WHEN g6_k0 > 5
      THEN CAST('1e' || CAST(g6_k0 - 5 AS TEXT) AS DOUBLE)
      ELSE 1e0
    END AS g6_dv
  FROM vitd_g0
), vitd_g2 AS (
  SELECT
    vitd_g1.*,
    (
      (
        134217729.0e0 * g4_s
      ) - (
        (
          134217729.0e0 * g4_s
        ) - g4_s
      )
    ) AS g4_sh,
    (
      (
        134217729.0e0 * g6_s
      ) - (
        (
          134217729.0e0 * g6_s
        ) - g6_s
      )
    ) AS g6_sh
  FROM vitd_g1
), vitd_g3 AS (
  SELECT
    vitd_g2.*,
    CASE
      WHEN g4_k0 IS NULL
      THEN NULL
      WHEN g4_dv > 1
      THEN CASE
        WHEN (
          si / g4_dv
        ) - FLOOR((
          si / g4_dv
        )) = 0.5e0
        AND (
          FLOOR((
            si / g4_dv
          )) + 0.5e0
        ) * g4_dv = si
        THEN CASE
          WHEN FLOOR(FLOOR((
            si / g4_dv
          )) / 2e0) * 2e0 = FLOOR((
            si / g4_dv
          ))
          THEN FLOOR((
            si / g4_dv
          ))
          ELSE FLOOR((
            si / g4_dv
          )) + 1
        END
        WHEN (
          si / g4_dv
        ) - FLOOR((
          si / g4_dv
        )) >= 0.5e0
        THEN FLOOR((
          si / g4_dv
        )) + 1
        ELSE FLOOR((
          si / g4_dv
        ))
      END
      ELSE CASE
        WHEN (
          (
            si * g4_s
          ) - FLOOR((
            si * g4_s
          ))
        ) > 0.5e0
        THEN FLOOR((
          si * g4_s
        )) + 1
        WHEN (
          (
            si * g4_s
          ) - FLOOR((
            si * g4_s
          ))
        ) < 0.5e0
        THEN FLOOR((
          si * g4_s
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * si
                  ) - (
                    (
                      134217729.0e0 * si
                    ) - si
                  )
                ) * g4_sh
              ) - (
                si * g4_s
              )
            ) + (
              (
                134217729.0e0 * si
              ) - (
                (
                  134217729.0e0 * si
                ) - si
              )
            ) * (
              g4_s - g4_sh
            )
          ) + (
            si - (
              (
                134217729.0e0 * si
              ) - (
                (
                  134217729.0e0 * si
                ) - si
              )
            )
          ) * g4_sh
        ) + (
          si - (
            (
              134217729.0e0 * si
            ) - (
              (
                134217729.0e0 * si
              ) - si
            )
          )
        ) * (
          g4_s - g4_sh
        ) > 0
        THEN FLOOR((
          si * g4_s
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * si
                  ) - (
                    (
                      134217729.0e0 * si
                    ) - si
                  )
                ) * g4_sh
              ) - (
                si * g4_s
              )
            ) + (
              (
                134217729.0e0 * si
              ) - (
                (
                  134217729.0e0 * si
                ) - si
              )
            ) * (
              g4_s - g4_sh
            )
          ) + (
            si - (
              (
                134217729.0e0 * si
              ) - (
                (
                  134217729.0e0 * si
                ) - si
              )
            )
          ) * g4_sh
        ) + (
          si - (
            (
              134217729.0e0 * si
            ) - (
              (
                134217729.0e0 * si
              ) - si
            )
          )
        ) * (
          g4_s - g4_sh
        ) < 0
        THEN FLOOR((
          si * g4_s
        ))
        WHEN FLOOR(FLOOR((
          si * g4_s
        )) / 2e0) * 2e0 = FLOOR((
          si * g4_s
        ))
        THEN FLOOR((
          si * g4_s
        ))
        ELSE FLOOR((
          si * g4_s
        )) + 1
      END
    END AS g4_m,
    CASE
      WHEN g6_k0 IS NULL
      THEN NULL
      WHEN g6_dv > 1
      THEN CASE
        WHEN (
          x / g6_dv
        ) - FLOOR((
          x / g6_dv
        )) = 0.5e0
        AND (
          FLOOR((
            x / g6_dv
          )) + 0.5e0
        ) * g6_dv = x
        THEN CASE
          WHEN FLOOR(FLOOR((
            x / g6_dv
          )) / 2e0) * 2e0 = FLOOR((
            x / g6_dv
          ))
          THEN FLOOR((
            x / g6_dv
          ))
          ELSE FLOOR((
            x / g6_dv
          )) + 1
        END
        WHEN (
          x / g6_dv
        ) - FLOOR((
          x / g6_dv
        )) >= 0.5e0
        THEN FLOOR((
          x / g6_dv
        )) + 1
        ELSE FLOOR((
          x / g6_dv
        ))
      END
      ELSE CASE
        WHEN (
          (
            x * g6_s
          ) - FLOOR((
            x * g6_s
          ))
        ) > 0.5e0
        THEN FLOOR((
          x * g6_s
        )) + 1
        WHEN (
          (
            x * g6_s
          ) - FLOOR((
            x * g6_s
          ))
        ) < 0.5e0
        THEN FLOOR((
          x * g6_s
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * x
                  ) - (
                    (
                      134217729.0e0 * x
                    ) - x
                  )
                ) * g6_sh
              ) - (
                x * g6_s
              )
            ) + (
              (
                134217729.0e0 * x
              ) - (
                (
                  134217729.0e0 * x
                ) - x
              )
            ) * (
              g6_s - g6_sh
            )
          ) + (
            x - (
              (
                134217729.0e0 * x
              ) - (
                (
                  134217729.0e0 * x
                ) - x
              )
            )
          ) * g6_sh
        ) + (
          x - (
            (
              134217729.0e0 * x
            ) - (
              (
                134217729.0e0 * x
              ) - x
            )
          )
        ) * (
          g6_s - g6_sh
        ) > 0
        THEN FLOOR((
          x * g6_s
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * x
                  ) - (
                    (
                      134217729.0e0 * x
                    ) - x
                  )
                ) * g6_sh
              ) - (
                x * g6_s
              )
            ) + (
              (
                134217729.0e0 * x
              ) - (
                (
                  134217729.0e0 * x
                ) - x
              )
            ) * (
              g6_s - g6_sh
            )
          ) + (
            x - (
              (
                134217729.0e0 * x
              ) - (
                (
                  134217729.0e0 * x
                ) - x
              )
            )
          ) * g6_sh
        ) + (
          x - (
            (
              134217729.0e0 * x
            ) - (
              (
                134217729.0e0 * x
              ) - x
            )
          )
        ) * (
          g6_s - g6_sh
        ) < 0
        THEN FLOOR((
          x * g6_s
        ))
        WHEN FLOOR(FLOOR((
          x * g6_s
        )) / 2e0) * 2e0 = FLOOR((
          x * g6_s
        ))
        THEN FLOOR((
          x * g6_s
        ))
        ELSE FLOOR((
          x * g6_s
        )) + 1
      END
    END AS g6_m
  FROM vitd_g2
), vitd_g4 AS (
  SELECT
    vitd_g3.*,
    g4_k0 + CASE WHEN g4_m >= 10000.0e0 THEN 1 ELSE 0 END AS g4_k,
    CAST(CAST(CASE WHEN g4_m >= 10000.0e0 THEN 1000.0e0 ELSE g4_m END AS BIGINT) AS TEXT) AS g4_d,
    g6_k0 + CASE WHEN g6_m >= 1000000.0e0 THEN 1 ELSE 0 END AS g6_k,
    CAST(CAST(CASE WHEN g6_m >= 1000000.0e0 THEN 100000.0e0 ELSE g6_m END AS BIGINT) AS TEXT) AS g6_d
  FROM vitd_g3
), vitd_g5 AS (
  SELECT
    vitd_g4.*,
    CASE
      WHEN kind = 'implausible value'
      THEN CASE
        WHEN si = 0
        THEN CASE WHEN negative_sign THEN '-0' ELSE '0' END
        WHEN g4_k IS NULL
        THEN CAST(si AS TEXT)
        WHEN g4_k >= 0 AND g4_k < 4
        THEN SUBSTRING(g4_d, 1, g4_k + 1) || CASE
          WHEN RTRIM(SUBSTRING(g4_d, g4_k + 2), '0') = ''
          THEN ''
          ELSE '.' || RTRIM(SUBSTRING(g4_d, g4_k + 2), '0')
        END
        WHEN g4_k < 0 AND g4_k >= -4
        THEN '0.' || SUBSTRING('000', 1, -1 - g4_k) || RTRIM(g4_d, '0')
        ELSE SUBSTRING(g4_d, 1, 1) || CASE
          WHEN RTRIM(SUBSTRING(g4_d, 2), '0') = ''
          THEN ''
          ELSE '.' || RTRIM(SUBSTRING(g4_d, 2), '0')
        END || 'e' || CASE WHEN g4_k < 0 THEN '-' ELSE '+' END || CASE WHEN ABS(g4_k) < 10 THEN '0' ELSE '' END || CAST(ABS(g4_k) AS TEXT)
      END
    END AS g4_text,
    CASE
      WHEN kind = 'implausible value'
      THEN CASE
        WHEN x = 0
        THEN CASE WHEN negative_sign THEN '-0' ELSE '0' END
        WHEN g6_k IS NULL
        THEN CAST(x AS TEXT)
        WHEN g6_k >= 0 AND g6_k < 6
        THEN SUBSTRING(g6_d, 1, g6_k + 1) || CASE
          WHEN RTRIM(SUBSTRING(g6_d, g6_k + 2), '0') = ''
          THEN ''
          ELSE '.' || RTRIM(SUBSTRING(g6_d, g6_k + 2), '0')
        END
        WHEN g6_k < 0 AND g6_k >= -4
        THEN '0.' || SUBSTRING('000', 1, -1 - g6_k) || RTRIM(g6_d, '0')
        ELSE SUBSTRING(g6_d, 1, 1) || CASE
          WHEN RTRIM(SUBSTRING(g6_d, 2), '0') = ''
          THEN ''
          ELSE '.' || RTRIM(SUBSTRING(g6_d, 2), '0')
        END || 'e' || CASE WHEN g6_k < 0 THEN '-' ELSE '+' END || CASE WHEN ABS(g6_k) < 10 THEN '0' ELSE '' END || CAST(ABS(g6_k) AS TEXT)
      END
    END AS g6_text
  FROM vitd_g4
), vitd_gf AS (
  SELECT
    vitd_g5.*,
    CASE
      WHEN kind = 'implausible value'
      THEN CASE
        WHEN a = 'vitamin_d'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'ng/mL'
            AND (
              (
                (
                  (
                    (
                      x * 1e-06
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) >= 2.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-06
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) <= 1500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or ng/mL'
            ELSE ''
          END || CASE
            WHEN unit <> 'ng/dL'
            AND (
              (
                (
                  (
                    (
                      x * 1e-08
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) >= 2.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-08
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) <= 1500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or ng/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'pg/mL'
            AND (
              (
                (
                  (
                    (
                      x * 1e-09
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) >= 2.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-09
                    ) / 400.64e0
                  ) * 1.0e0 / 1e-09
                ) <= 1500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or pg/mL'
            ELSE ''
          END || CASE
            WHEN unit <> 'nmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 1e-09
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-09
                ) >= 2.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-09
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-09
                ) <= 1500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or nmol/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'pmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 1e-12
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-09
                ) >= 2.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-12
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-09
                ) <= 1500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or pmol/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'calcium'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'mg/dL'
            AND (
              (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'mg/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mmol/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mEq/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mEq/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'ionized_calcium'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'mg/dL'
            AND (
              (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.3e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) <= 3.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'mmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.3e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 3.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mmol/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mEq/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.3e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 3.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mEq/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'albumin'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'g/dL'
            AND (
              (
                (
                  (
                    (
                      x * 10.0e0
                    ) / 1.0e0
                  ) * 1.0e0 / 1.0e0
                ) >= 5.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 10.0e0
                    ) / 1.0e0
                  ) * 1.0e0 / 1.0e0
                ) <= 80.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or g/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'g/L'
            AND (
              (
                (
                  (
                    (
                      x * 1.0e0
                    ) / 1.0e0
                  ) * 1.0e0 / 1.0e0
                ) >= 5.0e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1.0e0
                    ) / 1.0e0
                  ) * 1.0e0 / 1.0e0
                ) <= 80.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or g/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'magnesium'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'mg/dL'
            AND (
              (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 24.305e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.08e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 24.305e0
                  ) * 1.0e0 / 0.001e0
                ) <= 10.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'mg/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 24.305e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.08e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 24.305e0
                  ) * 1.0e0 / 0.001e0
                ) <= 10.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.08e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 10.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mmol/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mEq/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.08e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 10.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mEq/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'pth'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'pg/mL'
            AND (
              (
                (
                  (
                    (
                      x * 1e-09
                    ) / 9425.0e0
                  ) * 1.0e0 / 1e-12
                ) >= 0.1e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-09
                    ) / 9425.0e0
                  ) * 1.0e0 / 1e-12
                ) <= 500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or pg/mL'
            ELSE ''
          END || CASE
            WHEN unit <> 'ng/mL'
            AND (
              (
                (
                  (
                    (
                      x * 1e-06
                    ) / 9425.0e0
                  ) * 1.0e0 / 1e-12
                ) >= 0.1e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-06
                    ) / 9425.0e0
                  ) * 1.0e0 / 1e-12
                ) <= 500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or ng/mL'
            ELSE ''
          END || CASE
            WHEN unit <> 'pmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 1e-12
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-12
                ) >= 0.1e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 1e-12
                    ) / 1.0e0
                  ) * 1.0e0 / 1e-12
                ) <= 500.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or pmol/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'phosphate'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'mg/dL'
            AND (
              (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 30.974e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.09e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 30.974e0
                  ) * 1.0e0 / 0.001e0
                ) <= 8.1e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'mg/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 30.974e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.09e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 30.974e0
                  ) * 1.0e0 / 0.001e0
                ) <= 8.1e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.09e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 8.1e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mmol/L'
            ELSE ''
          END,
          5
        )
        WHEN a = 'corrected_calcium'
        THEN SUBSTRING(
          CASE
            WHEN unit <> 'mg/dL'
            AND (
              (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mg/dL'
            ELSE ''
          END || CASE
            WHEN unit <> 'mmol/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 1.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mmol/L'
            ELSE ''
          END || CASE
            WHEN unit <> 'mEq/L'
            AND (
              (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) >= 0.74e0
                OR cmp IN ('<', '<=')
              )
              AND (
                (
                  (
                    (
                      x * 0.001e0
                    ) / 2.0e0
                  ) * 1.0e0 / 0.001e0
                ) <= 5.0e0
                OR cmp IN ('>', '>=')
              )
            )
            THEN ' or mEq/L'
            ELSE ''
          END,
          5
        )
      END
    END AS g_fits
  FROM vitd_g5
), vitd_c0 AS (
  SELECT
    vitd_gf.*,
    CASE
      WHEN same_0 = 1
      THEN value
      ELSE (
        (
          value * fs_0
        ) / dv_0
      ) * ml_0 / fd_0
    END AS x0,
    CASE
      WHEN same_1 = 1
      THEN value
      ELSE (
        (
          value * fs_1
        ) / dv_1
      ) * ml_1 / fd_1
    END AS x1,
    CASE
      WHEN same_2 = 1
      THEN value
      ELSE (
        (
          value * fs_2
        ) / dv_2
      ) * ml_2 / fd_2
    END AS x2,
    CASE
      WHEN same_3 = 1
      THEN value
      ELSE (
        (
          value * fs_3
        ) / dv_3
      ) * ml_3 / fd_3
    END AS x3,
    CASE
      WHEN same_4 = 1
      THEN value
      ELSE (
        (
          value * fs_4
        ) / dv_4
      ) * ml_4 / fd_4
    END AS x4,
    CASE
      WHEN same_5 = 1
      THEN value
      ELSE (
        (
          value * fs_5
        ) / dv_5
      ) * ml_5 / fd_5
    END AS x5,
    CASE
      WHEN same_6 = 1
      THEN value
      ELSE (
        (
          value * fs_6
        ) / dv_6
      ) * ml_6 / fd_6
    END AS x6
  FROM vitd_gf
), vitd_band AS (
  SELECT
    vitd_c0.*,
    CASE
      WHEN NOT interpreted
      THEN NULL
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END <= cut_0
        WHEN cmp = '>'
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END < cut_0
        WHEN below_0 = 1
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END < cut_0
        ELSE CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END <= cut_0
      END
      THEN 0
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END <= cut_1
        WHEN cmp = '>'
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END < cut_1
        WHEN below_1 = 1
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END < cut_1
        ELSE CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END <= cut_1
      END
      THEN 1
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END <= cut_2
        WHEN cmp = '>'
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END < cut_2
        WHEN below_2 = 1
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END < cut_2
        ELSE CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END <= cut_2
      END
      THEN 2
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END <= cut_3
        WHEN cmp = '>'
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END < cut_3
        WHEN below_3 = 1
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END < cut_3
        ELSE CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END <= cut_3
      END
      THEN 3
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END <= cut_4
        WHEN cmp = '>'
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END < cut_4
        WHEN below_4 = 1
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END < cut_4
        ELSE CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END <= cut_4
      END
      THEN 4
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END <= cut_5
        WHEN cmp = '>'
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END < cut_5
        WHEN below_5 = 1
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END < cut_5
        ELSE CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END <= cut_5
      END
      THEN 5
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_6 = 0
          AND (
            ABS(x6 - cut_6) <= ABS(1e-9 * cut_6) OR ABS(x6 - cut_6) <= ABS(1e-9 * x6)
          )
          THEN cut_6
          ELSE x6
        END <= cut_6
        WHEN cmp = '>'
        THEN CASE
          WHEN same_6 = 0
          AND (
            ABS(x6 - cut_6) <= ABS(1e-9 * cut_6) OR ABS(x6 - cut_6) <= ABS(1e-9 * x6)
          )
          THEN cut_6
          ELSE x6
        END < cut_6
        WHEN below_6 = 1
        THEN CASE
          WHEN same_6 = 0
          AND (
            ABS(x6 - cut_6) <= ABS(1e-9 * cut_6) OR ABS(x6 - cut_6) <= ABS(1e-9 * x6)
          )
          THEN cut_6
          ELSE x6
        END < cut_6
        ELSE CASE
          WHEN same_6 = 0
          AND (
            ABS(x6 - cut_6) <= ABS(1e-9 * cut_6) OR ABS(x6 - cut_6) <= ABS(1e-9 * x6)
          )
          THEN cut_6
          ELSE x6
        END <= cut_6
      END
      THEN 6
      ELSE last_band
    END AS band_index
  FROM vitd_c0
), vitd_r0 AS (
  SELECT
    vitd_band.*,
    CASE
      WHEN interpreted
      THEN CASE
        WHEN (
          (
            value_si * 1000.0e0
          ) - FLOOR((
            value_si * 1000.0e0
          ))
        ) > 0.5e0
        THEN FLOOR((
          value_si * 1000.0e0
        )) + 1
        WHEN (
          (
            value_si * 1000.0e0
          ) - FLOOR((
            value_si * 1000.0e0
          ))
        ) < 0.5e0
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * value_si
                  ) - (
                    (
                      134217729.0e0 * value_si
                    ) - value_si
                  )
                ) * 1000.0e0
              ) - (
                value_si * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            ) * 0.0e0
          ) + (
            value_si - (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            )
          ) * 1000.0e0
        ) + (
          value_si - (
            (
              134217729.0e0 * value_si
            ) - (
              (
                134217729.0e0 * value_si
              ) - value_si
            )
          )
        ) * 0.0e0 > 0
        THEN FLOOR((
          value_si * 1000.0e0
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * value_si
                  ) - (
                    (
                      134217729.0e0 * value_si
                    ) - value_si
                  )
                ) * 1000.0e0
              ) - (
                value_si * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            ) * 0.0e0
          ) + (
            value_si - (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            )
          ) * 1000.0e0
        ) + (
          value_si - (
            (
              134217729.0e0 * value_si
            ) - (
              (
                134217729.0e0 * value_si
              ) - value_si
            )
          )
        ) * 0.0e0 < 0
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        WHEN FLOOR(FLOOR((
          value_si * 1000.0e0
        )) / 2e0) * 2e0 = FLOOR((
          value_si * 1000.0e0
        ))
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        ELSE FLOOR((
          value_si * 1000.0e0
        )) + 1
      END
    END AS milli
  FROM vitd_band
), vitd_r1 AS (
  SELECT
    vitd_r0.*,
    FLOOR(milli / 1000.0e0) AS whole,
    milli - FLOOR(milli / 1000.0e0) * 1000.0e0 AS frac
  FROM vitd_r0
), vitd_r2 AS (
  SELECT
    vitd_r1.*,
    CASE WHEN frac < 10 THEN '00' WHEN frac < 100 THEN '0' ELSE '' END || CAST(CAST(frac AS BIGINT) AS TEXT) AS frac3
  FROM vitd_r1
), vitd_n AS (
  SELECT
    vitd_r2.*,
    CASE
      WHEN interpreted
      THEN CASE
        WHEN cmp <> ''
        THEN 'reported as ' || v2 || ': classified on the bound'
        ELSE ''
      END
      WHEN a IS NULL
      THEN COALESCE(why, '')
      WHEN kind = 'empty value'
      THEN label || ': empty value'
      ELSE label || ': ' || CASE kind
        WHEN 'unit conflict'
        THEN (
          CASE
            WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
            THEN '"' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                  '',
                  '\r'
                ),
                ' ',
                '\xa0'
              ),
              ' ',
              '\u202f'
            ) || '"'
            ELSE '''' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ),
              '''',
              '\'''
            ) || ''''
          END || ' carries unit ' || CASE
            WHEN STRPOS(SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1), '''') > 0
            AND STRPOS(SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1), '"') = 0
            THEN '"' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1), '\', '\\'), '	', '\t'),
                    '
',
                    '\n'
                  ),
                  '',
                  '\r'
                ),
                ' ',
                '\xa0'
              ),
              ' ',
              '\u202f'
            ) || '"'
            ELSE '''' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1), '\', '\\'), '	', '\t'),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ),
              '''',
              '\'''
            ) || ''''
          END || ' but ' || CASE
            WHEN STRPOS(u_col, '''') > 0 AND STRPOS(u_col, '"') = 0
            THEN '"' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(REPLACE(REPLACE(u_col, '\', '\\'), '	', '\t'), '
', '\n'),
                  '',
                  '\r'
                ),
                ' ',
                '\xa0'
              ),
              ' ',
              '\u202f'
            ) || '"'
            ELSE '''' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(u_col, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ),
              '''',
              '\'''
            ) || ''''
          END || ' was given too (give the unit once)'
        )
        WHEN 'not a number'
        THEN (
          CASE
            WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
            THEN '"' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                  '',
                  '\r'
                ),
                ' ',
                '\xa0'
              ),
              ' ',
              '\u202f'
            ) || '"'
            ELSE '''' || REPLACE(
              REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ),
              '''',
              '\'''
            ) || ''''
          END || ' is not a finite number (give a measured value such as ''18 ng/mL'')'
        )
        WHEN 'text result'
        THEN CASE
          WHEN is_number
          THEN (
            'cannot read a number in ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' (write a value like ''18'', ''18.5'', ''18,5'' or ''<5'')'
          )
          ELSE (
            'cannot read a number in ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' (write a value like ''18'', ''18.5'', ''18,5'', ''<5'' or ''18 ng/mL'')'
          )
        END
        WHEN 'negative value'
        THEN CASE
          WHEN a = 'vitamin_d'
          THEN (
            'vitamin_d' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'calcium'
          THEN (
            'calcium' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'ionized_calcium'
          THEN (
            'ionized_calcium' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'albumin'
          THEN (
            'albumin' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'magnesium'
          THEN (
            'magnesium' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'pth'
          THEN (
            'pth' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'phosphate'
          THEN (
            'phosphate' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
          WHEN a = 'corrected_calcium'
          THEN (
            'corrected_calcium' || ' cannot be negative (' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ') (give the value as printed on the report)'
          )
        END
        WHEN 'unknown unit'
        THEN CASE
          WHEN a = 'vitamin_d'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'vitamin_d' || ' (use one of ' || 'ng/mL, ng/dL, pg/mL, nmol/L, pmol/L' || ')'
          )
          WHEN a = 'calcium'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'calcium' || ' (use one of ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'ionized_calcium'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'ionized_calcium' || ' (use one of ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'albumin'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'albumin' || ' (use one of ' || 'g/dL, g/L' || ')'
          )
          WHEN a = 'magnesium'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'magnesium' || ' (use one of ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'pth'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'pth' || ' (use one of ' || 'pg/mL, ng/mL, pmol/L' || ')'
          )
          WHEN a = 'phosphate'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'phosphate' || ' (use one of ' || 'mg/dL, mg/L, mmol/L' || ')'
          )
          WHEN a = 'corrected_calcium'
          THEN (
            'unknown unit ' || CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' for ' || 'corrected_calcium' || ' (use one of ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
        END
        WHEN 'wrong unit'
        THEN CASE
          WHEN a = 'vitamin_d'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'vitamin_d' || ' (use one of ' || 'ng/mL, ng/dL, pg/mL, nmol/L, pmol/L' || ')'
          )
          WHEN a = 'calcium'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'calcium' || ' (use one of ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'ionized_calcium'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'ionized_calcium' || ' (use one of ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'albumin'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'albumin' || ' (use one of ' || 'g/dL, g/L' || ')'
          )
          WHEN a = 'magnesium'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'magnesium' || ' (use one of ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'pth'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'pth' || ' (use one of ' || 'pg/mL, ng/mL, pmol/L' || ')'
          )
          WHEN a = 'phosphate'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'phosphate' || ' (use one of ' || 'mg/dL, mg/L, mmol/L' || ')'
          )
          WHEN a = 'corrected_calcium'
          THEN (
            CASE
              WHEN STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                ''''
              ) > 0
              AND STRPOS(
                CASE
                  WHEN unit_text <> ''
                  THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                  ELSE u_col
                END,
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          CASE
                            WHEN unit_text <> ''
                            THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                            ELSE u_col
                          END,
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            CASE
                              WHEN unit_text <> ''
                              THEN SUBSTRING(v2, LENGTH(v2) - LENGTH(unit_text) + 1)
                              ELSE u_col
                            END,
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is not a unit for ' || 'corrected_calcium' || ' (use one of ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
        END
        WHEN 'no unit'
        THEN CASE
          WHEN a = 'vitamin_d'
          THEN (
            'vitamin_d' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' ng/mL', '''') > 0 AND STRPOS(v2 || ' ng/mL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' ng/mL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' ng/mL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'ng/mL, ng/dL, pg/mL, nmol/L, pmol/L' || ')'
          )
          WHEN a = 'calcium'
          THEN (
            'calcium' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' mg/dL', '''') > 0 AND STRPOS(v2 || ' mg/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'ionized_calcium'
          THEN (
            'ionized_calcium' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' mg/dL', '''') > 0 AND STRPOS(v2 || ' mg/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'albumin'
          THEN (
            'albumin' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' g/dL', '''') > 0 AND STRPOS(v2 || ' g/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' g/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' g/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'g/dL, g/L' || ')'
          )
          WHEN a = 'magnesium'
          THEN (
            'magnesium' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' mg/dL', '''') > 0 AND STRPOS(v2 || ' mg/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'mg/dL, mg/L, mmol/L, mEq/L' || ')'
          )
          WHEN a = 'pth'
          THEN (
            'pth' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' pg/mL', '''') > 0 AND STRPOS(v2 || ' pg/mL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' pg/mL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' pg/mL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'pg/mL, ng/mL, pmol/L' || ')'
          )
          WHEN a = 'phosphate'
          THEN (
            'phosphate' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' mg/dL', '''') > 0 AND STRPOS(v2 || ' mg/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'mg/dL, mg/L, mmol/L' || ')'
          )
          WHEN a = 'corrected_calcium'
          THEN (
            'corrected_calcium' || ' value ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' has no unit and the number fits more than one (add the unit as printed on the report, e.g. ' || CASE
              WHEN STRPOS(v2 || ' mg/dL', '''') > 0 AND STRPOS(v2 || ' mg/dL', '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2 || ' mg/dL', '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || '; accepted: ' || 'mg/dL, mmol/L, mEq/L' || ')'
          )
        END
        WHEN 'unreadable value'
        THEN CASE
          WHEN a = 'vitamin_d'
          THEN (
            'vitamin_d' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'calcium'
          THEN (
            'calcium' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'ionized_calcium'
          THEN (
            'ionized_calcium' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'albumin'
          THEN (
            'albumin' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'magnesium'
          THEN (
            'magnesium' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'pth'
          THEN (
            'pth' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'phosphate'
          THEN (
            'phosphate' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
          WHEN a = 'corrected_calcium'
          THEN (
            'corrected_calcium' || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' could be ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' (decimal comma) or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ' (thousands separator) (write it as ' || CAST(CAST(head_comma AS BIGINT) AS TEXT) || CASE WHEN RTRIM(tail_comma, '0') = '' THEN '' ELSE '.' || RTRIM(tail_comma, '0') END || ' or ' || CAST(CAST(alt_text AS BIGINT) AS TEXT) || CASE WHEN RTRIM('', '0') = '' THEN '' ELSE '.' || RTRIM('', '0') END || ')'
          )
        END
        WHEN 'implausible value'
        THEN (
          (
            a || ' ' || CASE
              WHEN STRPOS(v2, '''') > 0 AND STRPOS(v2, '"') = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(REPLACE(REPLACE(v2, '\', '\\'), '	', '\t'), '
', '\n'),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' is ' || g4_text || ' ' || si_unit || ', outside the plausible ' || CASE
              WHEN a = 'vitamin_d'
              THEN '2'
              WHEN a = 'calcium'
              THEN '0.74'
              WHEN a = 'ionized_calcium'
              THEN '0.3'
              WHEN a = 'albumin'
              THEN '5'
              WHEN a = 'magnesium'
              THEN '0.08'
              WHEN a = 'pth'
              THEN '0.1'
              WHEN a = 'phosphate'
              THEN '0.09'
              WHEN a = 'corrected_calcium'
              THEN '0.74'
            END || '-' || CASE
              WHEN a = 'vitamin_d'
              THEN '1500'
              WHEN a = 'calcium'
              THEN '5'
              WHEN a = 'ionized_calcium'
              THEN '3'
              WHEN a = 'albumin'
              THEN '80'
              WHEN a = 'magnesium'
              THEN '10'
              WHEN a = 'pth'
              THEN '500'
              WHEN a = 'phosphate'
              THEN '8.1'
              WHEN a = 'corrected_calcium'
              THEN '5'
            END || ' ' || si_unit || ': likely a unit mix-up'
          ) || ' (' || CASE
            WHEN g_fits <> ''
            THEN (
              'did you mean ' || g6_text || ' ' || g_fits || '?'
            )
            ELSE (
              'check the value and its unit'
            )
          END || ')'
        )
        ELSE kind
      END
    END AS vitd_note_value
  FROM vitd_r2
), vitd_out AS (
  SELECT
    k_v,
    k_u,
    k_n,
    k_c,
    CASE
      WHEN a IS NULL
      THEN 'other_test'
      WHEN interpreted
      THEN 'interpreted'
      ELSE 'skipped'
    END AS vitd_status,
    CASE WHEN interpreted THEN a ELSE '' END AS vitd_analyte,
    CASE
      WHEN interpreted
      THEN cmp || CAST(CAST(whole AS BIGINT) AS TEXT) || CASE
        WHEN frac = 0
        THEN ''
        WHEN SUBSTRING(frac3, 2, 2) = '00'
        THEN '.' || SUBSTRING(frac3, 1, 1)
        WHEN SUBSTRING(frac3, 3, 1) = '0'
        THEN '.' || SUBSTRING(frac3, 1, 2)
        ELSE '.' || frac3
      END
      ELSE ''
    END AS vitd_value_si,
    CASE WHEN interpreted THEN si_unit ELSE '' END AS vitd_unit_si,
    CASE WHEN interpreted THEN b.flag ELSE '' END AS vitd_flag,
    CASE WHEN interpreted THEN b.category ELSE '' END AS vitd_category,
    CASE WHEN interpreted THEN COALESCE(b.severity, '') ELSE '' END AS vitd_severity,
    CASE WHEN interpreted THEN range_text ELSE '' END AS vitd_range,
    CASE WHEN interpreted THEN COALESCE(b.finding, '') ELSE '' END AS vitd_findings,
    '' AS vitd_panel,
    vitd_note_value AS vitd_note0,
    COALESCE(kind, '') AS vitd_kind,
    CASE WHEN interpreted THEN unit END AS vitd_unit_key
  FROM vitd_n
  LEFT JOIN vitd_bands AS b
    ON b.analyte = vitd_n.a AND b.band_index = vitd_n.band_index
)
SELECT
  t.*,
  o.vitd_status,
  o.vitd_analyte,
  o.vitd_value_si,
  o.vitd_unit_si,
  o.vitd_flag,
  o.vitd_category,
  o.vitd_severity,
  o.vitd_range,
  o.vitd_findings,
  o.vitd_panel,
  CASE
    WHEN SUBSTRING(o.vitd_note0, 1, 1) IN ('=', '+', '-', '@', '	', '')
    THEN '''' || o.vitd_note0
    ELSE o.vitd_note0
  END AS vitd_note,
  o.vitd_kind
FROM labs AS t
LEFT JOIN vitd_out AS o
  ON COALESCE(CAST(t."value" AS TEXT), '') = o.k_v
  AND COALESCE(CAST(t."unit" AS TEXT), '') = o.k_u
  AND COALESCE(CAST(t."test" AS TEXT), '') = o.k_n
  AND COALESCE(CAST(t."loinc" AS TEXT), '') = o.k_c;
