package io.github.kindem2m.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused authorisation with 403, a bearer {@code insufficient_scope}
 * challenge, and a problem+json body.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private static final String DETAIL = "The token does not grant access to this resource";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		Map<String, String> challenge = new LinkedHashMap<>();
		challenge.put("error", "insufficient_scope");
		challenge.put("error_description", DETAIL);
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.header(challenge));
		ProblemResponses.write(request, response, DETAIL, ProblemResponses.error("insufficient_scope"));
	}

}
