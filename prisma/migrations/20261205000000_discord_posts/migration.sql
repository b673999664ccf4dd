-- One row per publication posted to Discord, written after Discord accepted the post
-- (lib/notify/discord.ts): the primary key is the idempotency record, so a retried job, or a
-- job run again after its worker died, finds the post done and does not post it twice.
CREATE TABLE "discord_posts" (
    "publication_id" UUID NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "discord_posts_pkey" PRIMARY KEY ("publication_id")
);

ALTER TABLE "discord_posts" ADD CONSTRAINT "discord_posts_publication_id_fkey" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
