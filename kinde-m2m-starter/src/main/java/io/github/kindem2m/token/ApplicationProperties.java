package io.github.kindem2m.token;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The application properties of a Kinde M2M token ({@code application_properties}), such
 * as {@code {"model_version": {"v": "gpt-4"}, "region": {"v": "eu"}}}.
 *
 * <p>Each property's value is the {@code v} member of its entry, as parsed JSON. Typed
 * readers never coerce: {@code string("max_tokens")} of a numeric property is empty.
 * An entry that is not an object with a {@code v} member reads as absent.
 */
public final class ApplicationProperties {

	private static final ApplicationProperties NONE = new ApplicationProperties(Map.of());

	private final Map<String, Object> values;

	private ApplicationProperties(Map<String, Object> values) {
		this.values = values;
	}

	/**
	 * Properties from their already-extracted values.
	 * @param values the {@code v} value of each property, by name
	 * @return the properties
	 */
	public static ApplicationProperties of(Map<String, ?> values) {
		return values.isEmpty() ? NONE
				: new ApplicationProperties(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
	}

	/**
	 * No properties at all.
	 * @return an empty instance
	 */
	public static ApplicationProperties none() {
		return NONE;
	}

	/**
	 * The raw value of a property.
	 * @param name the property key
	 * @return the parsed JSON value, or empty when absent
	 */
	public Optional<Object> get(String name) {
		return Optional.ofNullable(this.values.get(name));
	}

	/**
	 * The value of a string property.
	 * @param name the property key
	 * @return the value, or empty when absent or not a string
	 */
	public Optional<String> string(String name) {
		return (this.values.get(name) instanceof String value) ? Optional.of(value) : Optional.empty();
	}

	/**
	 * The value of a string property, or a default.
	 * @param name the property key
	 * @param defaultValue returned when the property is absent or not a string
	 * @return the value or the default
	 */
	public @Nullable String string(String name, @Nullable String defaultValue) {
		return string(name).orElse(defaultValue);
	}

	/**
	 * The value of an integer property.
	 * @param name the property key
	 * @param defaultValue returned when the property is absent, not an integral JSON
	 * number, or outside the 32-bit range
	 * @return the value or the default
	 */
	public int integer(String name, int defaultValue) {
		Object value = this.values.get(name);
		if ((value instanceof Long || value instanceof Integer) && ((Number) value).longValue() == ((Number) value).intValue()) {
			return ((Number) value).intValue();
		}
		return defaultValue;
	}

	/**
	 * The value of a boolean property.
	 * @param name the property key
	 * @param defaultValue returned when the property is absent or not a JSON boolean
	 * @return the value or the default
	 */
	public boolean bool(String name, boolean defaultValue) {
		return (this.values.get(name) instanceof Boolean value) ? value : defaultValue;
	}

	/**
	 * The names of all properties.
	 * @return the property keys, in token order
	 */
	public Set<String> names() {
		return this.values.keySet();
	}

	/**
	 * All property values by name.
	 * @return an unmodifiable map, in token order
	 */
	public Map<String, Object> asMap() {
		return this.values;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof ApplicationProperties that && this.values.equals(that.values));
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "ApplicationProperties" + this.values;
	}

}
