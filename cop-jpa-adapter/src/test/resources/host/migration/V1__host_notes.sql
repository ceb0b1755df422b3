-- A host application's own migration, under the host's own Flyway history.
CREATE TABLE host_note (
  id   INT PRIMARY KEY,
  body VARCHAR(100) NOT NULL
);
INSERT INTO host_note (id, body) VALUES (1, 'written by the host');
