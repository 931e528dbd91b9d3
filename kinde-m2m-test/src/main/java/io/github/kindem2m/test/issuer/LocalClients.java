package io.github.kindem2m.test.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads client registrations from a YAML or JSON document:
 *
 * <pre>
 * clients:
 *   - client-id: acme-agent
 *     client-secret: acme-demo-secret     # demo credential, local issuer only
 *     org-code: org_acme
 *     audiences: [https://api.local.test]
 *     scopes: [kb:read, kb:write]
 *     properties: {model_version: gpt-4, region: eu}
 *     flags: {agent-v2: true, tone: formal, max-citations: 3}
 *     token-lifetime-seconds: 86400
 * </pre>
 *
 * Flag values become Kinde flags of type {@code b}, {@code s} or {@code i} by their YAML
 * type. Unknown keys are refused, naming the key.
 */
public final class LocalClients {

	private static final List<String> KEYS = List.of("client-id", "client-secret", "org-code", "audiences", "scopes",
			"properties", "flags", "token-lifetime-seconds");

	private LocalClients() {
	}

	/**
	 * Reads a clients file.
	 * @param file a YAML or JSON file
	 * @return the clients
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException when the document is not a valid clients file
	 */
	public static List<LocalClient> load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return load(reader);
		}
	}

	/**
	 * Reads a clients document.
	 * @param in the YAML or JSON document
	 * @return the clients
	 * @throws IOException when the stream cannot be read
	 */
	public static List<LocalClient> load(InputStream in) throws IOException {
		return load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static List<LocalClient> load(Reader reader) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		if (!(document instanceof Map<?, ?> root) || !(root.get("clients") instanceof List<?> entries)) {
			throw new IllegalArgumentException("A clients file needs a top-level 'clients' list");
		}
		List<LocalClient> clients = new ArrayList<>();
		for (Object entry : entries) {
			if (!(entry instanceof Map<?, ?> map)) {
				throw new IllegalArgumentException("Each entry of 'clients' must be a mapping");
			}
			clients.add(client(map));
		}
		return clients;
	}

	private static LocalClient client(Map<?, ?> map) {
		for (Object key : map.keySet()) {
			if (!KEYS.contains(String.valueOf(key))) {
				throw new IllegalArgumentException("Unknown client key '" + key + "'; expected one of " + KEYS);
			}
		}
		if (!(map.get("client-id") instanceof String clientId) || clientId.isBlank()) {
			throw new IllegalArgumentException("Each client needs a client-id");
		}
		LocalClient.Builder builder = LocalClient.builder(clientId);
		if (map.get("client-secret") instanceof String secret) {
			builder.secret(secret);
		}
		if (map.get("org-code") instanceof String org) {
			builder.org(org);
		}
		strings(map, "audiences").forEach(builder::audiences);
		strings(map, "scopes").forEach(builder::scopes);
		if (map.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, value) -> builder.property(String.valueOf(name), value));
		}
		if (map.get("flags") instanceof Map<?, ?> flags) {
			flags.forEach((name, value) -> builder.flag(String.valueOf(name), value));
		}
		if (map.get("token-lifetime-seconds") instanceof Number seconds) {
			builder.tokenLifetime(Duration.ofSeconds(seconds.longValue()));
		}
		return builder.build();
	}

	private static List<String> strings(Map<?, ?> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("'" + key + "' must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

}
