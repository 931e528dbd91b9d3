package io.github.kindem2m.web;

import java.util.Map;

/**
 * Builds RFC 6750 {@code WWW-Authenticate: Bearer} challenges. Only the parameters given
 * are written, so a request without credentials gets a bare {@code Bearer}, and no part
 * of the request (such as its Host header) is reflected.
 */
final class BearerChallenge {

	private BearerChallenge() {
	}

	static String header(Map<String, String> parameters) {
		StringBuilder header = new StringBuilder("Bearer");
		String separator = " ";
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			header.append(separator).append(parameter.getKey()).append("=\"").append(quoted(parameter.getValue())).append('"');
			separator = ", ";
		}
		return header.toString();
	}

	private static String quoted(String value) {
		StringBuilder quoted = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c >= 0x20 && c < 0x7f) {
				quoted.append(c);
			}
			else {
				quoted.append(' '); // header values must be visible ASCII
			}
		}
		return quoted.toString();
	}

}
