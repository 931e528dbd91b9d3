package io.github.kindem2m.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies for refusals made before a
 * controller runs. Only the request path is echoed, never the token or query string.
 */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.shared();

	private ProblemResponses() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, String detail,
			Map<String, ?> extensions) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		int status = response.getStatus();
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		body.putAll(extensions);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), body);
	}

	static Map<String, Object> error(@Nullable String errorCode) {
		return (errorCode != null) ? Map.of("error", errorCode) : Map.of();
	}

}
