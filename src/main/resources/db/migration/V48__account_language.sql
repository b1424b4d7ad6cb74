-- The language a person reads the portal, their emails and their PDFs in (a BCP 47 tag such as fr-FR);
-- empty until they choose one, when the browser's language is used on screen and English elsewhere.
ALTER TABLE account ADD COLUMN language VARCHAR(16) NULL;
