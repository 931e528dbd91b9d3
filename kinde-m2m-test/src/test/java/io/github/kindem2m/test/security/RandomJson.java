package io.github.kindem2m.test.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generators of hostile values for the property tests: every run with the same
 * seed produces the same inputs, so a failure names its seed and can be replayed.
 */
final class RandomJson {

	private static final String ALPHABET = "abcXYZ019_-. /\\:é\u0430\u0000\n\"{}[]";

	private final Random random;

	RandomJson(long seed) {
		this.random = new Random(seed);
	}

	Random random() {
		return this.random;
	}

	String string(int maxLength) {
		int length = this.random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	String orgCodeCandidate() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "org_" + string(8);
			case 1 -> "org_" + Long.toHexString(this.random.nextLong());
			case 2 -> "o".repeat(120 + this.random.nextInt(20));
			default -> string(12);
		};
	}

	Object scalar() {
		return switch (this.random.nextInt(7)) {
			case 0 -> string(10);
			case 1 -> this.random.nextLong();
			case 2 -> (long) this.random.nextInt(100);
			case 3 -> this.random.nextDouble() * 1e12;
			case 4 -> this.random.nextBoolean();
			case 5 -> null;
			default -> orgCodeCandidate();
		};
	}

	Object value(int depth) {
		int kind = this.random.nextInt(depth > 2 ? 1 : 4);
		return switch (kind) {
			case 0 -> scalar();
			case 1 -> {
				List<Object> list = new ArrayList<>();
				for (int i = this.random.nextInt(4); i > 0; i--) {
					list.add(value(depth + 1));
				}
				yield list;
			}
			case 2 -> flagEntry();
			default -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (int i = this.random.nextInt(4); i > 0; i--) {
					map.put(string(6), this.random.nextBoolean() ? flagEntry() : value(depth + 1));
				}
				yield map;
			}
		};
	}

	Map<String, Object> flagEntry() {
		Map<String, Object> entry = new LinkedHashMap<>();
		if (this.random.nextInt(8) > 0) {
			entry.put("t", this.random.nextInt(4) > 0 ? List.of("b", "s", "i").get(this.random.nextInt(3)) : scalar());
		}
		if (this.random.nextInt(8) > 0) {
			entry.put("v", this.random.nextBoolean() ? scalar() : value(2));
		}
		return entry;
	}

}
