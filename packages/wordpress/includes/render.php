<?php
/**
 * What the plugin writes into a page: the <nice-pick> element with its comparison as inline JSON
 * (or a `src` URL), and the notice an editor sees in the preview when the data cannot be read.
 * Pure functions, no hooks: tests/unit.php calls them directly.
 *
 * The server writes no card markup of its own: the element renders the card from the JSON and
 * shows every string as text, and it checks the data against the data format itself
 * (src/check.ts in the element's package, the one validator; schema/nice-pick.schema.json is the
 * contract). PHP only checks that the text is JSON and an object, so that an editor gets a
 * clear message in the preview instead of an empty space.
 *
 * @package NicePick
 */

defined( 'ABSPATH' ) || exit;

/**
 * JSON text safe as the content of an HTML <script> element: what the element package's
 * `scriptSafe(JSON.stringify(data))` writes (src/embed.ts), no "<" at all (so neither "</script"
 * nor "<!--" can appear), U+2028 and U+2029 escaped, "/" and other characters as they are, and
 * one more escape WordPress needs: "[" inside strings as \u005b, because WordPress runs
 * shortcodes over the rendered post after the blocks, and "[gallery]" in a pro must stay text.
 * The element reads the same data; tests/unit.php checks the bytes against Node's.
 * PHP's JSON_HEX_TAG would write "\u003C" and escape ">" too: valid, but not the same bytes.
 *
 * @param mixed $data The comparison: objects as stdClass (or associative arrays), lists as arrays.
 * @return string|false The JSON, or false when it cannot be encoded.
 */
function nice_pick_script_json( $data ) {
	if ( is_object( $data ) ) {
		$data = get_object_vars( $data );
		$list = false;
	} elseif ( is_array( $data ) ) {
		$list = array() === $data || array_keys( $data ) === range( 0, count( $data ) - 1 );
		if ( array() === $data ) {
			return '[]';
		}
	} else {
		// U+2028/U+2029 stay escaped without JSON_UNESCAPED_LINE_TERMINATORS; invalid UTF-8 is
		// repaired by wp_json_encode.
		$json = wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		return is_string( $json ) ? str_replace( array( '<', '[' ), array( '\u003c', '\u005b' ), $json ) : false;
	}
	$parts = array();
	foreach ( $data as $key => $value ) {
		$json = nice_pick_script_json( $value );
		if ( false === $json ) {
			return false;
		}
		$parts[] = $list ? $json : nice_pick_script_json( (string) $key ) . ':' . $json;
	}
	return $list ? '[' . implode( ',', $parts ) . ']' : '{' . implode( ',', $parts ) . '}';
}

/**
 * A URL for the element's `src` attribute: http(s) only, absolute or relative to the site.
 *
 * @param string $src The URL as the author gave it.
 * @return string The URL, or '' when it is not an http(s) URL.
 */
function nice_pick_safe_src( $src ) {
	$src = trim( (string) $src );
	if ( '' === $src ) {
		return '';
	}
	// esc_url_raw drops the URL when its protocol is not one of these (javascript:, data:…).
	return esc_url_raw( $src, array( 'http', 'https' ) );
}

/**
 * The `theme` attribute: auto, light or dark.
 *
 * @param mixed $theme The value given.
 * @return string
 */
function nice_pick_theme( $theme ) {
	return in_array( $theme, array( 'light', 'dark' ), true ) ? $theme : 'auto';
}

/**
 * The card title's heading level, 1 to 4 as the element takes it, or 0 for none given (or
 * anything below 1).
 *
 * @param mixed $level The value given.
 * @return int
 */
function nice_pick_heading_level( $level ) {
	if ( ! is_numeric( $level ) || (int) $level < 1 ) {
		return 0;
	}
	return min( 4, (int) $level );
}

/**
 * The level of the last heading (h1–h6) in some HTML, or 0 when it has none.
 *
 * @param string $html HTML.
 * @return int
 */
function nice_pick_last_heading( $html ) {
	if ( preg_match_all( '/<h([1-6])[\s>]/i', (string) $html, $matches ) ) {
		return (int) end( $matches[1] );
	}
	return 0;
}

/**
 * The heading level of a card that follows a heading of `$before` (0: none): one below it, and
 * 2 (under the post's title) when there is none.
 *
 * @param int $before The level of the heading before the card.
 * @return int
 */
function nice_pick_level_after( $before ) {
	return nice_pick_heading_level( $before > 0 ? $before + 1 : 2 );
}

/**
 * Comparison data from a block attribute as JSON objects: WordPress decodes block attributes into
 * associative arrays, so an empty object ("labels": {}) would come back as an empty list. Lists
 * stay lists; every other array becomes an object, and so does an empty array where the data
 * format has an object.
 *
 * @param mixed  $value The attribute's value.
 * @param string $key   The key it is under.
 * @return mixed
 */
function nice_pick_objectify( $value, $key = '' ) {
	if ( ! is_array( $value ) ) {
		return $value;
	}
	$is_list = array() === $value ? ! in_array( $key, array( '', 'labels', 'verdict', 'contact' ), true ) : array_keys( $value ) === range( 0, count( $value ) - 1 );
	$out     = array();
	foreach ( $value as $k => $v ) {
		$out[ $k ] = nice_pick_objectify( $v, $is_list ? '' : (string) $k );
	}
	return $is_list ? $out : (object) $out;
}

/**
 * Reads a comparison written as JSON text: it must parse and be an object. Whether it is a valid
 * comparison is the element's to say (it shows its own error in the card).
 *
 * @param string $text JSON.
 * @return array{0: object|null, 1: string|null} The data, or null and why not.
 */
function nice_pick_parse_json( $text ) {
	$text = trim( (string) $text );
	if ( '' === $text ) {
		return array( null, __( 'The comparison is empty: give its JSON between [nice-pick] and [/nice-pick], or a src="…" URL.', 'nice-pick' ) );
	}
	$data = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array(
			null,
			/* translators: %s: the JSON parser's message, e.g. "Syntax error". */
			sprintf( __( 'The comparison is not valid JSON (%s). Check the quotes, commas and brackets.', 'nice-pick' ), json_last_error_msg() ),
		);
	}
	if ( ! is_object( $data ) ) {
		return array( null, __( 'The comparison must be a JSON object: { "options": [ … ] }.', 'nice-pick' ) );
	}
	return array( $data, null );
}

/**
 * The JSON inside [nice-pick]…[/nice-pick] as the author typed it, undoing what WordPress does to
 * post text: entities (&amp; &gt; &#8220;…, from the editor, kses or wptexturize) read back as
 * characters, and the <p> and <br /> that wpautop adds between lines removed. Curly double quotes
 * become straight ones only when the text would not parse otherwise.
 *
 * @param string $content The shortcode's content.
 * @return string
 */
function nice_pick_shortcode_text( $content ) {
	$text = (string) $content;
	$text = preg_replace( '#<br\s*/?>\n?|</?p>#i', "\n", $text );
	$text = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = str_replace( "\xC2\xA0", ' ', $text ); // &nbsp; between tokens is not JSON whitespace
	json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$straight = str_replace( array( "\u{201C}", "\u{201D}", "\u{2033}" ), '"', $text );
		json_decode( $straight );
		if ( JSON_ERROR_NONE === json_last_error() ) {
			return $straight;
		}
	}
	return $text;
}

/**
 * The <nice-pick> element: with the comparison inline, or with a `src` URL.
 *
 * @param array $args {
 *     @type mixed  $data          The comparison (object), or null.
 *     @type string $src           An http(s) URL of a comparison JSON file (used when there is no data).
 *     @type string $theme         auto, light or dark.
 *     @type int    $heading_level 1 to 4; 0 leaves the element's default.
 *     @type string $class         Extra class names (a block's alignment).
 * }
 * @return string HTML, or '' when there is neither data nor a usable URL.
 */
function nice_pick_element( array $args ) {
	$args  = array_merge(
		array(
			'data'          => null,
			'src'           => '',
			'theme'         => 'auto',
			'heading_level' => 0,
			'class'         => '',
		),
		$args
	);
	$attrs = ' theme="' . esc_attr( nice_pick_theme( $args['theme'] ) ) . '"';
	$level = nice_pick_heading_level( $args['heading_level'] );
	if ( $level ) {
		$attrs .= ' heading-level="' . $level . '"';
	}
	$class = trim( preg_replace( '/[^A-Za-z0-9_ -]/', '', (string) $args['class'] ) );
	if ( '' !== $class ) {
		$attrs .= ' class="' . esc_attr( $class ) . '"';
	}
	if ( null !== $args['data'] ) {
		$json = nice_pick_script_json( $args['data'] );
		if ( false === $json ) {
			return '';
		}
		return '<nice-pick' . $attrs . '><script type="application/json">' . $json . '</script></nice-pick>';
	}
	$src = nice_pick_safe_src( $args['src'] );
	if ( '' === $src ) {
		return '';
	}
	return '<nice-pick' . $attrs . ' src="' . esc_url( $src, array( 'http', 'https' ) ) . '"></nice-pick>';
}

/**
 * The message an editor sees in place of a card that cannot be shown.
 *
 * @param string $message What is wrong.
 * @return string HTML.
 */
function nice_pick_notice( $message ) {
	return '<div class="nice-pick-notice" role="note" style="border:2px dashed #cf222e;padding:1em;margin:1em 0">'
		. '<strong>' . esc_html__( 'Nice Pick:', 'nice-pick' ) . '</strong> ' . esc_html( $message )
		. ' <em>' . esc_html__( 'Only people who can edit this post see this message; readers see nothing here.', 'nice-pick' ) . '</em>'
		. '</div>';
}
