package io.github.kindem2m.test.issuer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kinde's feature flag encoding: {@code {"t": code, "v": value}}.
 */
final class Flags {

	private Flags() {
	}

	static Map<String, Object> entry(Object value) {
		Map<String, Object> entry = new LinkedHashMap<>();
		if (value instanceof LocalClient.FlagValue explicit) {
			entry.put("t", explicit.typeCode());
			entry.put("v", explicit.value());
			return entry;
		}
		entry.put("t", typeCode(value));
		entry.put("v", value);
		return entry;
	}

	private static String typeCode(Object value) {
		if (value instanceof Boolean) {
			return "b";
		}
		if (value instanceof String) {
			return "s";
		}
		if (value instanceof Integer) {
			return "i";
		}
		throw new IllegalArgumentException("A flag value must be a Boolean, String or Integer, or a FlagValue; got "
				+ value.getClass().getSimpleName());
	}

}
