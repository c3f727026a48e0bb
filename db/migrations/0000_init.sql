CREATE TABLE `claim_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`paper_id` integer NOT NULL,
	`fingerprint` text,
	`action` text NOT NULL,
	`patch` text,
	`note` text,
	`author` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`paper_id`) REFERENCES `papers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decisions_paper` ON `claim_decisions` (`paper_id`);--> statement-breakpoint
CREATE INDEX `decisions_fingerprint` ON `claim_decisions` (`fingerprint`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`paper_id` integer NOT NULL,
	`kind` text NOT NULL,
	`metric` text,
	`metric_slug` text DEFAULT '' NOT NULL,
	`value` real NOT NULL,
	`value_high` real,
	`unit` text,
	`dataset` text,
	`dataset_slug` text DEFAULT '' NOT NULL,
	`method` text,
	`role` text NOT NULL,
	`qualifier` text,
	`params` text,
	`params_count` real,
	`vs` text,
	`evidence` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`confidence` real NOT NULL,
	`fingerprint` text NOT NULL,
	`extractor_version` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`paper_id`) REFERENCES `papers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claims_board` ON `claims` (`dataset_slug`,`metric_slug`,`kind`,`value`);--> statement-breakpoint
CREATE INDEX `claims_paper` ON `claims` (`paper_id`);--> statement-breakpoint
CREATE INDEX `claims_kind_metric` ON `claims` (`kind`,`metric_slug`);--> statement-breakpoint
CREATE INDEX `claims_fingerprint` ON `claims` (`fingerprint`);--> statement-breakpoint
CREATE TABLE `datasets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`domain` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_name_unique` ON `datasets` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_slug_unique` ON `datasets` (`slug`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`direction` text NOT NULL,
	`unit` text,
	`domain` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_name_unique` ON `metrics` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_slug_unique` ON `metrics` (`slug`);--> statement-breakpoint
CREATE TABLE `papers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text NOT NULL,
	`title` text NOT NULL,
	`abstract` text NOT NULL,
	`url` text,
	`published` text,
	`authors` text DEFAULT '[]' NOT NULL,
	`source_file` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `papers_content_hash` ON `papers` (`content_hash`);--> statement-breakpoint
CREATE INDEX `papers_external_id` ON `papers` (`external_id`);--> statement-breakpoint
CREATE INDEX `papers_published` ON `papers` (`published`);