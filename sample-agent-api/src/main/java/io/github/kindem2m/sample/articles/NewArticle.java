package io.github.kindem2m.sample.articles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to add an article to the caller's organisation.
 *
 * @param title the title, 1 to 200 characters
 * @param body the text, 1 to 4000 characters
 */
public record NewArticle(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body) {
}
