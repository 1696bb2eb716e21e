//! Minutes are Markdown written by members and read by anyone once published: rendered
//! with pulldown-cmark, then sanitised with ammonia. Raw HTML in the Markdown is shown as
//! text, links keep only http(s) and mailto addresses and carry `rel="nofollow ugc"`.

use std::collections::HashSet;

use pulldown_cmark::{Event, Options, Parser};

/// The minutes as safe HTML.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    // Raw HTML becomes text: inert, and visible as what was written.
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("nofollow ugc"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn script_tags_are_shown_as_text() {
        let html = render("Hello <script>alert(1)</script>");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn javascript_links_lose_their_address_and_others_get_rel() {
        let html = render("[bad](javascript:alert(1)) and [good](https://example.org)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(
            html.contains(r#"<a href="https://example.org" rel="nofollow ugc">good</a>"#),
            "{html}"
        );
    }
}
