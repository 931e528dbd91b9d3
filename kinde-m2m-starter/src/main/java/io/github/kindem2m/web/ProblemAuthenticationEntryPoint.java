package io.github.kindem2m.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.StringUtils;

/**
 * Answers a missing or refused token as RFC 6750 asks: 401 (or 400 for an
 * {@code invalid_request}) with a {@code WWW-Authenticate: Bearer} challenge that names
 * the error and says which rule failed, plus a problem+json body saying the same. A
 * request without credentials gets a bare {@code Bearer} challenge.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final String NO_TOKEN = "A Kinde M2M bearer token is required";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		Map<String, String> parameters = new LinkedHashMap<>();
		HttpStatus status = HttpStatus.UNAUTHORIZED;
		String detail = NO_TOKEN;
		String errorCode = null;
		if (ex instanceof OAuth2AuthenticationException oauth2) {
			OAuth2Error error = oauth2.getError();
			errorCode = error.getErrorCode();
			detail = StringUtils.hasText(error.getDescription()) ? error.getDescription() : errorCode;
			parameters.put("error", errorCode);
			parameters.put("error_description", detail);
			if (error instanceof BearerTokenError bearer) {
				status = bearer.getHttpStatus();
			}
		}
		response.setStatus(status.value());
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.header(parameters));
		ProblemResponses.write(request, response, detail, ProblemResponses.error(errorCode));
	}

}
