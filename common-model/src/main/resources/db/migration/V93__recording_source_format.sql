-- What Genesys delivered when the consumer converted it: the recording batch API serves each file in
-- its trunk's codec (e.g. WAV_ULAW), which is stored as 16-bit PCM WAV (format) from WAV_ULAW
-- (source_format). NULL: stored as delivered.
ALTER TABLE recordings ADD COLUMN source_format TEXT;
