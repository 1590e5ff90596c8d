"""Who speaks where: embedded posts (signature, links, date, offsets), quoted spans and post_at, on
short texts about an invented flood in Port Tavel. (Who says a quote is tests/extract/test_speakers.py.)"""

from datetime import date

from redline.voices import find_posts, find_quote_spans, post_at

INTRO = "The flood barrier at Port Tavel gave way overnight, city officials said."
PHOTO = ("Water in the square up to the knees. Nobody from the council in sight. pic.twitter.com/Fl00dPic1 "
         "— Inès Marlow (@ines_marlow) June 3, 2022")
ANGLE = ("From the harbour wall — the barrier is gone | pic.twitter.com/Wa11Pic22 https://t.co/AbCdEf12 "
         "— Tavel Watch (@TavelWatch) Jun. 3, 2022")
PLAIN = "We are opening the sports hall to families tonight. — Mayor Dara Quill (@MayorQuill) June 2, 2022"
BLOG = "\n\n".join([INTRO, PHOTO, "Seen from the other side:", ANGLE, PLAIN, "The rain stopped at noon."])


# -- posts -------------------------------------------------------------------------------------------------

def test_posts_author_handle_date_and_text() -> None:
    photo, angle, plain = find_posts(BLOG)
    assert (photo.author, photo.handle, photo.date) == ("Inès Marlow", "ines_marlow", date(2022, 6, 3))
    assert photo.text == "Water in the square up to the knees. Nobody from the council in sight."
    assert (angle.author, angle.handle, angle.date) == ("Tavel Watch", "TavelWatch", date(2022, 6, 3))
    assert angle.text == "From the harbour wall — the barrier is gone"  # a dash in the text is not the signature
    assert (plain.author, plain.handle, plain.date) == ("Mayor Dara Quill", "MayorQuill", date(2022, 6, 2))
    assert plain.text == "We are opening the sports hall to families tonight."


def test_links_are_kept_apart_from_the_text() -> None:
    photo, angle, plain = find_posts(BLOG)
    assert photo.links == ("pic.twitter.com/Fl00dPic1",)
    assert angle.links == ("pic.twitter.com/Wa11Pic22", "https://t.co/AbCdEf12")
    assert plain.links == ()
    for post in (photo, angle):
        assert "pic.twitter.com" not in post.text and "t.co" not in post.text and "|" not in post.text


def test_post_offsets_slice_the_document() -> None:
    posts = find_posts(BLOG)
    for post, paragraph in zip(posts, (PHOTO, ANGLE, PLAIN), strict=True):
        assert BLOG[post.text_start:post.text_end] == post.text
        assert BLOG[post.start:post.end] == paragraph  # the whole post: text, links and signature


def test_post_in_a_document_with_windows_line_endings() -> None:
    text = BLOG.replace("\n", "\r\n")
    posts = find_posts(text)
    assert [p.handle for p in posts] == ["ines_marlow", "TavelWatch", "MayorQuill"]
    assert posts[0].text == "Water in the square up to the knees. Nobody from the council in sight."
    assert all(text[p.text_start:p.text_end] == p.text for p in posts)


def test_signature_variants() -> None:
    en_dash = "The pumps work, they say. They do not. https://t.co/XyZ987 – Sam Oduya (@samoduya) September 14, 2022"
    (post,) = find_posts(en_dash)
    assert (post.author, post.handle, post.date, post.links) == ("Sam Oduya", "samoduya", date(2022, 9, 14),
                                                                ("https://t.co/XyZ987",))
    (impossible,) = find_posts("The pumps failed. — Sam Oduya (@samoduya) February 30, 2022")
    assert impossible.handle == "samoduya" and impossible.date is None


def test_no_post_without_a_signature_ending_its_paragraph() -> None:
    text = "\n\n".join([
        "Ines Marlow (@ines_marlow) June 3, 2022 posted photos of the square — and then the power went out.",
        "The council answered in a statement — Tavel City Council, June 3, 2022",  # no handle
        "The pumps failed. — Sam Oduya (@samoduya)",  # no date
        "The pumps failed. — Sam Oduya (@samoduya) yesterday",
    ])
    assert find_posts(text) == []
    (post,) = find_posts(text + "\n\nThe pumps failed. — Sam Oduya (@samoduya) June 3, 2022")  # a signed one is
    assert post.handle == "samoduya" and post.text == "The pumps failed."


def test_post_at() -> None:
    photo, angle, plain = find_posts(BLOG)
    assert post_at([photo, angle, plain], photo.text_start) is photo
    assert post_at([photo, angle, plain], BLOG.index("@TavelWatch")) is angle  # the signature is part of it
    assert post_at([photo, angle, plain], plain.end - 1) is plain
    assert post_at([photo, angle, plain], plain.end) is None
    assert post_at([photo, angle, plain], BLOG.index("other side")) is None  # the author's own words
    assert post_at([], 0) is None


# -- quoted spans ------------------------------------------------------------------------------------------

def test_straight_and_curly_quotes_with_exact_offsets() -> None:
    text = ('"We hold the line," the harbour master said. The mayor called it “a disaster we were warned about.” '
            "Nobody said ‘sorry’ or 'thanks'.")
    spans = find_quote_spans(text)
    assert [s.text for s in spans] == ["We hold the line,", "a disaster we were warned about."]
    for span in spans:
        assert text[span.start:span.end] == span.text


def test_quote_over_several_sentences_is_one_span() -> None:
    text = "“The pumps failed. Then the barrier failed. Then the council went home,” Ruth Okonjo said."
    (span,) = find_quote_spans(text)
    assert span.text == "The pumps failed. Then the barrier failed. Then the council went home,"
    assert text[span.start:span.end] == span.text


def test_colon_and_block_quotes() -> None:
    text = ("The statement read: “The council will meet at dawn. Every pump will run until the water is gone.\n\n"
            "“No family will be left behind.”\n\n"
            "The mayor added: “ We will rebuild. ”")
    spans = find_quote_spans(text)
    assert [s.text for s in spans] == [
        "The council will meet at dawn. Every pump will run until the water is gone.",  # open to paragraph end
        "No family will be left behind.",
        "We will rebuild.",  # spaces inside the marks are not part of the quote
    ]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_unclosed_straight_quote_and_empty_quotes_are_no_spans() -> None:
    text = 'The mayor said "" twice.\n\nA sign read "Closed until further notice\n\nShe said "go home" again.'
    assert [s.text for s in find_quote_spans(text)] == ["go home"]


def test_quotes_inside_posts_are_found() -> None:
    text = "Crowd outside the town hall chanting “Fix the barrier” — Tavel Watch (@TavelWatch) June 4, 2022"
    (span,) = find_quote_spans(text)
    (post,) = find_posts(text)
    assert span.text == "Fix the barrier" and post_at([post], span.start) is post


def test_a_post_dated_with_sept_is_read() -> None:
    from redline.voices import post_date

    assert post_date("Sept. 14, 2022") == date(2022, 9, 14)


def test_links_after_the_signature_date() -> None:
    text = ("Sandbags along the quay, nobody sleeping. — Sam Oduya (@samoduya) June 3, 2022 pic.twitter.com/Qu4yPic "
            "https://t.co/Qu4yLnk")
    (post,) = find_posts(INTRO + "\n\n" + text)
    assert (post.author, post.handle, post.date) == ("Sam Oduya", "samoduya", date(2022, 6, 3))
    assert post.text == "Sandbags along the quay, nobody sleeping."
    assert post.links == ("pic.twitter.com/Qu4yPic", "https://t.co/Qu4yLnk")
