package io.github.kindem2m.sample.articles;

import java.time.Instant;

/**
 * A knowledge-base article of one organisation.
 *
 * @param id the article id
 * @param title the title
 * @param body the text
 * @param createdAt when it was written
 */
public record Article(long id, String title, String body, Instant createdAt) {
}
