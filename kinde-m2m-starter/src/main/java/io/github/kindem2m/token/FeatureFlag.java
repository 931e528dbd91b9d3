package io.github.kindem2m.token;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One Kinde feature flag as carried in a token's {@code feature_flags} claim, such as
 * {@code "agent-v2": {"t": "b", "v": true}}.
 *
 * <p>A flag's value is never coerced: a boolean flag ({@code t:"b"}) whose value is the
 * string {@code "true"}, or an integer flag ({@code t:"i"}) whose value is {@code 1.5} or
 * beyond 32 bits, is {@link Kind#INVALID}. A type code this library does not know (Kinde's
 * JSON flags, say) is {@link Kind#UNKNOWN} and its value stays readable as parsed JSON.
 *
 * @param name the flag key
 * @param kind what the value is
 * @param typeCode the raw {@code t} code, or {@code null} when absent or not a string
 * @param value the value: a {@link Boolean}, {@link String} or {@link Integer} for the
 * typed kinds, the parsed JSON value ({@code Map}, {@code List}, {@code String},
 * {@code Number}, {@code Boolean}) for {@link Kind#UNKNOWN} and {@link Kind#INVALID}
 */
public record FeatureFlag(String name, Kind kind, @Nullable String typeCode, @Nullable Object value) {

	public FeatureFlag {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Whether the flag's type code and value agree. Unknown type codes count as valid.
	 * @return {@code false} only for {@link Kind#INVALID}
	 */
	public boolean isValid() {
		return this.kind != Kind.INVALID;
	}

	/**
	 * What a flag's value is.
	 */
	public enum Kind {

		/** Type code {@code b} with a JSON boolean. */
		BOOLEAN,

		/** Type code {@code s} with a JSON string. */
		STRING,

		/** Type code {@code i} with a JSON integer in the 32-bit range. */
		INTEGER,

		/** A type code this library does not know; the value is kept as parsed JSON. */
		UNKNOWN,

		/** The type code and value disagree, or the entry is not a flag object. */
		INVALID

	}

}
