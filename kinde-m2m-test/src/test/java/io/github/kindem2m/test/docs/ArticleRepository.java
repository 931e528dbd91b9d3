package io.github.kindem2m.test.docs;

import java.util.List;

import io.github.kindem2m.test.docs.DocsApplication.Article;

import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

	List<Article> findAll(String orgCode) {
		return DocsApplication.articlesOf(orgCode);
	}

}
