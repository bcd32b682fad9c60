-- The batch's temporary tables, once its postings are written (index_postings.sql).
DROP TABLE search_batch_terms;
DROP TABLE search_batch;
