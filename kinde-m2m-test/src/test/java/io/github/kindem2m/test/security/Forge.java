package io.github.kindem2m.test.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Builds hostile tokens part by part, with Nimbus for encoding and signing.
 */
final class Forge {

	private Forge() {
	}

	static String b64(String text) {
		return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static String b64(byte[] bytes) {
		return Base64URL.encode(bytes).toString();
	}

	static String json(Map<String, ?> object) {
		return JSONObjectUtils.toJSONString(new LinkedHashMap<>(object));
	}

	/** Signs header and claims with any signer, under the given algorithm. */
	static String sign(JWSSigner signer, JWSAlgorithm algorithm, Map<String, ?> header, Map<String, ?> claims) {
		String input = b64(json(header)) + "." + b64(json(claims));
		try {
			return input + "." + signer.sign(new JWSHeader(algorithm), input.getBytes(StandardCharsets.US_ASCII));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String[] parts(String token) {
		return token.split("\\.", -1);
	}

	/** Replaces one part of a compact token. */
	static String replace(String token, int index, String part) {
		String[] parts = parts(token);
		parts[index] = part;
		return String.join(".", parts);
	}

	/** Flips one bit of the decoded signature. */
	static String flipSignatureBit(String token) {
		String[] parts = parts(token);
		byte[] signature = new Base64URL(parts[2]).decode();
		signature[signature.length / 2] ^= 0x01;
		parts[2] = b64(signature);
		return String.join(".", parts);
	}

}
