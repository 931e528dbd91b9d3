package io.github.kindem2m.sample.answers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A question for the organisation's assistant.
 *
 * @param question the question, 1 to 1000 characters
 */
public record Question(@NotBlank @Size(max = 1000) String question) {
}
