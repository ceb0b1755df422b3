-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- Communities' switches for moderation rules: one row per community and rule at most, keyed
-- <community>/<rule>; a rule without a row runs.
CREATE TABLE cop_rule_switch (
  switch_key    VARCHAR(101) COLLATE "C" NOT NULL PRIMARY KEY,
  community_id  VARCHAR(36) COLLATE "C" NOT NULL,
  rule_name     VARCHAR(64) COLLATE "C" NOT NULL,
  rule_on       BOOLEAN NOT NULL,
  switched_by   VARCHAR(128) COLLATE "C" NOT NULL,
  switched_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
-- RuleSwitches.of: a community's switches, by rule.
CREATE INDEX cop_rule_switch_by_community ON cop_rule_switch (community_id, rule_name);
