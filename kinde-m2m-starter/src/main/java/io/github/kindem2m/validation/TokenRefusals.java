package io.github.kindem2m.validation;

import java.util.Locale;

import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Names why a token was refused with one of a small, fixed set of reasons, for metrics
 * and logs: {@code expired}, {@code not_yet_valid}, {@code bad_signature},
 * {@code unknown_key}, {@code unsupported_algorithm}, {@code wrong_issuer},
 * {@code wrong_audience}, {@code wrong_grant_type}, {@code invalid_claims},
 * {@code malformed}, {@code too_large}, {@code encrypted}, {@code keys_unavailable},
 * {@code other}.
 */
public final class TokenRefusals {

	private TokenRefusals() {
	}

	/**
	 * The reason of a refusal by the Kinde decoder.
	 * @param refusal the decoder's exception
	 * @return one of the fixed reasons
	 */
	public static String reason(JwtException refusal) {
		String text = String.valueOf(refusal.getMessage()).toLowerCase(Locale.ROOT);
		if (text.contains("expired")) {
			return "expired";
		}
		if (text.contains("used before") || text.contains("in the future")) {
			return "not_yet_valid";
		}
		if (text.contains("signature is invalid")) {
			return "bad_signature";
		}
		if (text.contains("no signing key")) {
			return "unknown_key";
		}
		if (text.contains("signing keys could not be retrieved")) {
			return "keys_unavailable";
		}
		if (text.contains("algorithm") || text.contains("alg none") || text.contains("shorter than 2048")) {
			return "unsupported_algorithm";
		}
		if (text.contains("iss claim")) {
			return "wrong_issuer";
		}
		if (text.contains("aud claim")) {
			return "wrong_audience";
		}
		if (text.contains("gty")) {
			return "wrong_grant_type";
		}
		if (text.contains("larger than")) {
			return "too_large";
		}
		if (text.contains("encrypted")) {
			return "encrypted";
		}
		if (text.contains("claim") || text.contains("header")) {
			return "invalid_claims";
		}
		if (text.contains("malformed") || text.contains("compact form") || text.contains("empty")
				|| text.contains("could not be decoded")) {
			return "malformed";
		}
		return "other";
	}

}
