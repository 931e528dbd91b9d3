package io.github.kindem2m.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the claims of a decoded Kinde token into typed values. Containers of the wrong
 * type refuse the token; a single malformed flag or property entry does not.
 */
final class KindeClaims {

	static final String AZP = "azp";

	static final String ORG_CODE = "org_code";

	static final String SCOPE = "scope";

	static final String SCP = "scp";

	static final String GTY = "gty";

	static final String PERMISSIONS = "permissions";

	static final String FEATURE_FLAGS = "feature_flags";

	static final String APPLICATION_PROPERTIES = "application_properties";

	private static final Pattern ORG_CODE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private KindeClaims() {
	}

	static String clientId(Map<String, Object> claims) {
		if (!(claims.get(AZP) instanceof String azp) || azp.isBlank()) {
			throw new InvalidKindeClaimException("The azp claim (client id) must be a non-empty string");
		}
		return azp;
	}

	static @Nullable String orgCode(Map<String, Object> claims) {
		Object value = claims.get(ORG_CODE);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String orgCode) || !ORG_CODE_SHAPE.matcher(orgCode).matches()) {
			throw new InvalidKindeClaimException(
					"The org_code claim must be 1 to 128 ASCII letters, digits, '_' or '-'");
		}
		return orgCode;
	}

	static Set<String> scopes(Map<String, Object> claims) {
		Set<String> scopes = new LinkedHashSet<>();
		Object scope = claims.get(SCOPE);
		if (scope != null) {
			if (!(scope instanceof String text)) {
				throw new InvalidKindeClaimException("The scope claim must be a string");
			}
			for (String each : WHITESPACE.split(text.strip())) {
				if (!each.isEmpty()) {
					scopes.add(each);
				}
			}
		}
		scopes.addAll(stringList(claims, SCP));
		return Collections.unmodifiableSet(scopes);
	}

	static List<String> grantTypes(Map<String, Object> claims) {
		Object gty = claims.get(GTY);
		if (gty instanceof String single) {
			return List.of(single);
		}
		return stringList(claims, GTY);
	}

	static List<String> stringList(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof Collection<?> items)) {
			throw new InvalidKindeClaimException("The " + name + " claim must be an array of strings");
		}
		List<String> strings = new ArrayList<>(items.size());
		for (Object item : items) {
			if (!(item instanceof String string)) {
				throw new InvalidKindeClaimException("The " + name + " claim must be an array of strings");
			}
			strings.add(string);
		}
		return List.copyOf(strings);
	}

	static FeatureFlags featureFlags(Map<String, Object> claims) {
		Map<?, ?> container = container(claims, FEATURE_FLAGS);
		if (container == null || container.isEmpty()) {
			return FeatureFlags.none();
		}
		List<FeatureFlag> flags = new ArrayList<>(container.size());
		container.forEach((name, entry) -> flags.add(flag(String.valueOf(name), entry)));
		return FeatureFlags.of(flags);
	}

	static ApplicationProperties applicationProperties(Map<String, Object> claims) {
		Map<?, ?> container = container(claims, APPLICATION_PROPERTIES);
		if (container == null || container.isEmpty()) {
			return ApplicationProperties.none();
		}
		Map<String, Object> values = new LinkedHashMap<>();
		container.forEach((name, entry) -> {
			if (entry instanceof Map<?, ?> object && object.get("v") != null) {
				values.put(String.valueOf(name), object.get("v"));
			}
		});
		return ApplicationProperties.of(values);
	}

	static @Nullable Instant instant(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Long || value instanceof Integer) {
			return Instant.ofEpochSecond(((Number) value).longValue());
		}
		throw new InvalidKindeClaimException("The " + name + " claim must be a NumericDate");
	}

	private static @Nullable Map<?, ?> container(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidKindeClaimException("The " + name + " claim must be a JSON object");
		}
		return map;
	}

	private static FeatureFlag flag(String name, @Nullable Object entry) {
		if (!(entry instanceof Map<?, ?> object)) {
			return new FeatureFlag(name, FeatureFlag.Kind.INVALID, null, entry);
		}
		Object code = object.get("t");
		Object value = object.get("v");
		String typeCode = (code instanceof String string) ? string : null;
		FeatureFlag.Kind kind = kind(typeCode, value);
		Object typed = (kind == FeatureFlag.Kind.INTEGER) ? Integer.valueOf(((Number) value).intValue()) : value;
		return new FeatureFlag(name, kind, typeCode, typed);
	}

	private static FeatureFlag.Kind kind(@Nullable String typeCode, @Nullable Object value) {
		if (typeCode == null) {
			return FeatureFlag.Kind.INVALID;
		}
		return switch (typeCode) {
			case "b" -> (value instanceof Boolean) ? FeatureFlag.Kind.BOOLEAN : FeatureFlag.Kind.INVALID;
			case "s" -> (value instanceof String) ? FeatureFlag.Kind.STRING : FeatureFlag.Kind.INVALID;
			case "i" -> isInt(value) ? FeatureFlag.Kind.INTEGER : FeatureFlag.Kind.INVALID;
			default -> FeatureFlag.Kind.UNKNOWN;
		};
	}

	private static boolean isInt(@Nullable Object value) {
		// JSON integers arrive as Long (or Integer); 1.5 or 1.0 arrive as Double and are refused.
		return (value instanceof Long || value instanceof Integer)
				&& ((Number) value).longValue() == ((Number) value).intValue();
	}

}
