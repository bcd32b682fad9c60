-- Replaces reference_figures with the rows of the shipped CSV ($path) and records the file.
-- Run by orewatch.storage.reference.load_reference_figures inside one transaction.
DELETE FROM reference_figures;
INSERT INTO reference_figures BY NAME
SELECT
    edition, publication, data_release, commodity, element,
    country_iso3 AS country, country_name, statistic, year,
    TRY_CAST(nullif(value, '') AS DOUBLE) AS value,
    unit, basis, nullif(qualifier, '') AS qualifier, source_url
FROM read_csv($path, header = true, all_varchar = true);
DELETE FROM reference_files WHERE file_name = $file_name;
INSERT INTO reference_files (file_name, sha256, rows)
SELECT $file_name, $sha256, count(*) FROM reference_figures;
