package io.github.kindem2m.sample.articles;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Articles, always read and written for one organisation: every method takes the
 * organisation code, which callers take from the verified token, never from the request.
 */
@Repository
public class ArticleRepository {

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Article> findAll(String orgCode) {
		return this.jdbc.sql("SELECT id, title, body, created_at FROM articles WHERE org_code = ? ORDER BY id")
			.param(orgCode)
			.query(ArticleRepository::article)
			.list();
	}

	public Optional<Article> findById(String orgCode, long id) {
		return this.jdbc.sql("SELECT id, title, body, created_at FROM articles WHERE org_code = ? AND id = ?")
			.params(orgCode, id)
			.query(ArticleRepository::article)
			.optional();
	}

	public Article add(String orgCode, NewArticle article) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO articles (org_code, title, body) VALUES (?, ?, ?)")
			.params(orgCode, article.title(), article.body())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return findById(orgCode, id).orElseThrow();
	}

	private static Article article(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		Timestamp created = row.getTimestamp("created_at");
		return new Article(row.getLong("id"), row.getString("title"), row.getString("body"), created.toInstant());
	}

}
