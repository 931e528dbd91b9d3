package io.github.kindem2m.token;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The feature flags of a Kinde M2M token, with typed access.
 *
 * <p>Each flag is in one of three states: present with a value, absent, or
 * {@linkplain FeatureFlag#isValid() invalid}. The typed readers return the caller's
 * default for an absent flag, an invalid one, and one of another type, so
 * {@code flags().bool("agent-v2", false)} is {@code true} only for a boolean flag whose
 * value is {@code true}.
 */
public final class FeatureFlags {

	private static final FeatureFlags NONE = new FeatureFlags(Map.of());

	private final Map<String, FeatureFlag> flags;

	private FeatureFlags(Map<String, FeatureFlag> flags) {
		this.flags = flags;
	}

	/**
	 * Flags from already-parsed flag objects.
	 * @param flags the flags; their names are the keys
	 * @return the flags
	 */
	public static FeatureFlags of(Iterable<FeatureFlag> flags) {
		Map<String, FeatureFlag> byName = new LinkedHashMap<>();
		flags.forEach((flag) -> byName.put(flag.name(), flag));
		return byName.isEmpty() ? NONE : new FeatureFlags(Collections.unmodifiableMap(byName));
	}

	/**
	 * No flags at all.
	 * @return an empty instance
	 */
	public static FeatureFlags none() {
		return NONE;
	}

	/**
	 * The flag with the given name, whatever its state.
	 * @param name the flag key
	 * @return the flag, or empty when the token does not carry it
	 */
	public Optional<FeatureFlag> get(String name) {
		return Optional.ofNullable(this.flags.get(name));
	}

	/**
	 * Whether the token carries a flag with this name, valid or not.
	 * @param name the flag key
	 * @return whether the flag is present
	 */
	public boolean contains(String name) {
		return this.flags.containsKey(name);
	}

	/**
	 * The value of a boolean flag.
	 * @param name the flag key
	 * @param defaultValue returned when the flag is absent, invalid or not a boolean flag
	 * @return the flag's value or the default
	 */
	public boolean bool(String name, boolean defaultValue) {
		Object value = valueOf(name, FeatureFlag.Kind.BOOLEAN);
		return (value != null) ? (Boolean) value : defaultValue;
	}

	/**
	 * The value of a string flag.
	 * @param name the flag key
	 * @param defaultValue returned when the flag is absent, invalid or not a string flag
	 * @return the flag's value or the default
	 */
	public @Nullable String string(String name, @Nullable String defaultValue) {
		Object value = valueOf(name, FeatureFlag.Kind.STRING);
		return (value != null) ? (String) value : defaultValue;
	}

	/**
	 * The value of an integer flag.
	 * @param name the flag key
	 * @param defaultValue returned when the flag is absent, invalid or not an integer flag
	 * @return the flag's value or the default
	 */
	public int integer(String name, int defaultValue) {
		Object value = valueOf(name, FeatureFlag.Kind.INTEGER);
		return (value != null) ? (Integer) value : defaultValue;
	}

	/**
	 * The names of all flags the token carries.
	 * @return the flag keys, in token order
	 */
	public Set<String> names() {
		return this.flags.keySet();
	}

	/**
	 * All flags by name.
	 * @return an unmodifiable map, in token order
	 */
	public Map<String, FeatureFlag> asMap() {
		return this.flags;
	}

	/**
	 * Whether the token carries no flags.
	 * @return {@code true} when there are none
	 */
	public boolean isEmpty() {
		return this.flags.isEmpty();
	}

	private @Nullable Object valueOf(String name, FeatureFlag.Kind kind) {
		FeatureFlag flag = this.flags.get(name);
		return (flag != null && flag.kind() == kind) ? flag.value() : null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof FeatureFlags that && this.flags.equals(that.flags));
	}

	@Override
	public int hashCode() {
		return this.flags.hashCode();
	}

	@Override
	public String toString() {
		return "FeatureFlags" + this.flags.values();
	}

}
