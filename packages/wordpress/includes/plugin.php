<?php
/**
 * The plugin's hooks: the script, the block, the shortcode, JSON uploads.
 *
 * @package NicePick
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the element's scripts (both ship in the plugin's dist/ folder: WordPress.org allows no
 * code from a CDN), the block and the shortcode.
 */
function nice_pick_init() {
	load_plugin_textdomain( 'nice-pick', false, dirname( plugin_basename( NICE_PICK_FILE ) ) . '/languages' );
	nice_pick_register_scripts();
	register_block_type(
		plugin_dir_path( NICE_PICK_FILE ) . 'block',
		array(
			'render_callback' => 'nice_pick_render_block',
			// The element in an editor drawn in an iframe (the site editor), whose element registry
			// is its own: WordPress 6.1 loads a block's script handles into it. Admin screens only,
			// so the front end gets the script from the card's render alone (a module on 6.5+).
			'script_handles'  => is_admin() ? array( 'nice-pick' ) : array(),
		)
	);
	add_shortcode( 'nice-pick', 'nice_pick_shortcode' );
}
add_action( 'init', 'nice_pick_init' );

/**
 * Registers the element's script, as a script module where WordPress has them, and the editor's.
 */
function nice_pick_register_scripts() {
	// The classic bundle: the front end before WordPress 6.5, and the editor's live preview.
	wp_register_script( 'nice-pick', plugins_url( 'dist/nice-pick.iife.js', NICE_PICK_FILE ), array(), NICE_PICK_VERSION, true );
	if ( nice_pick_uses_module() ) {
		wp_register_script_module( 'nice-pick', plugins_url( 'dist/nice-pick.js', NICE_PICK_FILE ), array(), NICE_PICK_VERSION );
	}

	wp_register_script(
		'nice-pick-editor',
		plugins_url( 'js/editor.js', NICE_PICK_FILE ),
		array( 'nice-pick', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n' ),
		NICE_PICK_VERSION,
		false
	);
	wp_set_script_translations( 'nice-pick-editor', 'nice-pick', plugin_dir_path( NICE_PICK_FILE ) . 'languages' );
}

/**
 * Whether the front end gets the element as a script module (WordPress 6.5 and later) rather
 * than the classic bundle. Filter `nice_pick_use_script_module` to choose.
 *
 * @return bool
 */
function nice_pick_uses_module() {
	return (bool) apply_filters( 'nice_pick_use_script_module', function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' ) );
}

/**
 * Enqueues the element's script: called only where a card is rendered, so pages without one
 * load nothing. Cards render inside the content, after the head: the classic bundle goes in the
 * footer; script modules are printed in the footer too (in a block theme the content is
 * rendered before the head, so they go there).
 */
function nice_pick_enqueue() {
	if ( nice_pick_uses_module() ) {
		wp_enqueue_script_module( 'nice-pick' );
	} else {
		wp_enqueue_script( 'nice-pick' );
	}
}

/**
 * Whether the notice for a card that cannot be shown is printed: only in a preview, and only for
 * someone who may edit the post. Readers of the public page never see it.
 *
 * @return bool
 */
function nice_pick_shows_notices() {
	$post_id = get_the_ID();
	return is_preview() && $post_id && current_user_can( 'edit_post', $post_id );
}

/**
 * The card, enqueuing the script; or the notice (preview only) or nothing.
 *
 * @param array       $args  For nice_pick_element().
 * @param string|null $error Why the data cannot be used, if it cannot.
 * @return string HTML.
 */
function nice_pick_output( array $args, $error = null ) {
	$html = null === $error ? nice_pick_element( $args ) : '';
	if ( '' === $html && null === $error ) {
		$error = __( 'The comparison needs its JSON data, or a src URL starting with http:// or https://.', 'nice-pick' );
	}
	if ( '' === $html ) {
		return nice_pick_shows_notices() ? nice_pick_notice( $error ) : '';
	}
	nice_pick_enqueue();
	return $html;
}

/**
 * The level of the last heading rendered in the current content, for a card's default heading
 * level (one below it). Blocks render in document order; `render_block` tells each one's HTML.
 *
 * @param int|null $set A new value to record.
 * @return int
 */
function nice_pick_heading_before( $set = null ) {
	static $level = 0;
	if ( null !== $set ) {
		$level = (int) $set;
	}
	return $level;
}

add_filter(
	'the_content',
	static function ( $content ) {
		nice_pick_heading_before( 0 ); // every post's content starts with its own outline
		return $content;
	},
	1
);

add_filter(
	'render_block',
	static function ( $block_content, $block ) {
		if ( 'nice-pick/comparison' !== ( $block['blockName'] ?? null ) ) {
			$level = nice_pick_last_heading( $block_content );
			if ( $level ) {
				nice_pick_heading_before( $level );
			}
		}
		return $block_content;
	},
	10,
	2
);

/**
 * Renders the block `nice-pick/comparison`.
 *
 * @param array $attributes The block's attributes: comparison, src, theme, headingLevel.
 * @return string HTML.
 */
function nice_pick_render_block( $attributes ) {
	$args = array(
		'theme'         => $attributes['theme'] ?? 'auto',
		'heading_level' => nice_pick_heading_level( $attributes['headingLevel'] ?? null ) ?: nice_pick_level_after( nice_pick_heading_before() ),
		'class'         => isset( $attributes['align'] ) ? 'align' . $attributes['align'] : '',
	);
	if ( ! empty( $attributes['comparison'] ) && is_array( $attributes['comparison'] ) ) {
		$args['data'] = nice_pick_objectify( $attributes['comparison'] );
	} elseif ( ! empty( $attributes['src'] ) ) {
		$args['src'] = $attributes['src'];
	}
	return nice_pick_output( $args );
}

/**
 * The shortcode: [nice-pick src="…"] or [nice-pick]{ …JSON… }[/nice-pick], with optional
 * theme="dark" and heading-level="3" (default: one below the heading before it).
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content The JSON between the tags, if any.
 * @param string       $tag     The shortcode's name.
 * @param int          $before  The level of the heading before it (0: unknown).
 * @return string HTML.
 */
function nice_pick_shortcode( $atts, $content = null, $tag = 'nice-pick', $before = 0 ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$level = $atts['heading-level'] ?? $atts['heading_level'] ?? null;
	$args  = array(
		'theme'         => $atts['theme'] ?? 'auto',
		'heading_level' => nice_pick_heading_level( $level ) ?: nice_pick_level_after( $before ),
	);
	$error = null;
	if ( null !== $content && '' !== trim( $content ) ) {
		list( $args['data'], $error ) = nice_pick_parse_json( nice_pick_shortcode_text( $content ) );
	} elseif ( ! empty( $atts['src'] ) ) {
		$args['src'] = $atts['src'];
		if ( '' === nice_pick_safe_src( $atts['src'] ) ) {
			$error = __( 'The src URL must start with http:// or https://.', 'nice-pick' );
		}
	} else {
		$error = __( 'The comparison is empty: give its JSON between [nice-pick] and [/nice-pick], or a src="…" URL.', 'nice-pick' );
	}
	return nice_pick_output( $args, $error );
}

// wptexturize must leave the JSON's straight quotes alone.
add_filter(
	'no_texturize_shortcodes',
	static function ( $shortcodes ) {
		$shortcodes[] = 'nice-pick';
		return $shortcodes;
	}
);

/**
 * Shortcodes in post content run before wpautop and wptexturize (priority 8, the_content), so
 * their JSON is read as the author wrote it and their heading level follows the heading before
 * them; the card goes back in after every other filter (priority 12), where no filter can
 * rewrite it.
 */
function nice_pick_content_shortcodes( $content ) {
	if ( false === strpos( $content, '[nice-pick' ) ) {
		return $content;
	}
	$regex = '/' . get_shortcode_regex( array( 'nice-pick' ) ) . '/';
	// Not inside block delimiters (the block parser's pattern): a block's attributes may hold the
	// text "[nice-pick]".
	$pieces = preg_split( '/(<!--\s+\/?wp:[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?\s+(?:{(?:(?:[^}]+|}+(?=})|(?!}\s+\/?-->).)*+)?}\s+)?\/?-->)/s', $content, -1, PREG_SPLIT_DELIM_CAPTURE );
	$done   = '';
	foreach ( $pieces as $i => $piece ) {
		if ( 1 === $i % 2 ) {
			$done .= $piece;
			continue;
		}
		$done .= preg_replace_callback(
			$regex,
			static function ( $m ) use ( $done, $piece ) {
				if ( '[' === $m[1][0] && ']' === $m[6][0] ) {
					return substr( $m[0][0], 1, -1 ); // [[nice-pick]] is the literal text [nice-pick]
				}
				$before  = nice_pick_last_heading( $done . substr( $piece, 0, $m[0][1] ) );
				$content = false === strpos( $m[0][0], '[/nice-pick]' ) ? null : $m[5][0];
				return nice_pick_hold( nice_pick_shortcode( shortcode_parse_atts( $m[3][0] ), $content, 'nice-pick', $before ) );
			},
			$piece,
			-1,
			$count,
			PREG_OFFSET_CAPTURE
		);
	}
	return $done;
}
add_filter( 'the_content', 'nice_pick_content_shortcodes', 8 );

/**
 * Keeps HTML away from the content filters: returns a placeholder comment, put back by
 * nice_pick_release() at the end of the_content.
 *
 * @param string $html HTML.
 * @return string
 */
function nice_pick_hold( $html ) {
	global $nice_pick_held;
	static $key = null;
	if ( null === $key ) {
		$key = wp_generate_password( 12, false );
	}
	$nice_pick_held = is_array( $nice_pick_held ) ? $nice_pick_held : array();
	$token          = '<!--nice-pick-' . $key . '-' . count( $nice_pick_held ) . '-->';
	$nice_pick_held[ $token ] = $html;
	return $token;
}

/**
 * Puts back the cards held by nice_pick_hold() (with the <p> wpautop may have put around them).
 *
 * @param string $content The filtered content.
 * @return string
 */
function nice_pick_release( $content ) {
	global $nice_pick_held;
	if ( empty( $nice_pick_held ) ) {
		return $content;
	}
	foreach ( $nice_pick_held as $token => $html ) {
		$content = str_replace( array( '<p>' . $token . '</p>', $token ), $html, $content );
	}
	return $content;
}
add_filter( 'the_content', 'nice_pick_release', 99 );

/**
 * The editor's assets: the element's classic bundle (a dependency of the editor script) draws
 * the live preview.
 */
function nice_pick_editor_assets() {
	wp_add_inline_script(
		'nice-pick-editor',
		'window.nicePickEditor = ' . wp_json_encode( array( 'canUploadJson' => current_user_can( 'upload_files' ) ) ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'nice_pick_editor_assets' );

/**
 * In an editor drawn in an iframe (the site editor; the post editor when every block allows it),
 * the preview's <nice-pick> lives in the iframe's document, whose element registry is its own:
 * the element's script goes in there too (WordPress loads enqueue_block_assets into the iframe).
 * Not on the front end: there a card's render enqueues the script, on its pages only.
 */
function nice_pick_iframe_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'nice-pick' );
	}
}
add_action( 'enqueue_block_assets', 'nice_pick_iframe_assets' );

/**
 * Comparison JSON files in the media library: .json uploads, for users who may upload files.
 *
 * @param array $mimes Allowed extensions and types.
 * @return array
 */
function nice_pick_upload_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'nice_pick_upload_mimes' );

/**
 * PHP's file type detection calls a JSON file text/plain (or application/json), which WordPress
 * would reject for a .json name: a .json upload that parses as JSON is application/json.
 */
add_filter(
	'wp_check_filetype_and_ext',
	static function ( $data, $file, $filename ) {
		if ( ! empty( $data['ext'] ) || 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) ) {
			return $data;
		}
		$text = is_readable( $file ) && filesize( $file ) <= 1048576 ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions
		if ( false !== $text && null !== json_decode( $text ) ) {
			$data['ext']  = 'json';
			$data['type'] = 'application/json';
		}
		return $data;
	},
	10,
	3
);
