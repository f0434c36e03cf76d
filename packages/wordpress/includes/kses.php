<?php
/**
 * The block's attributes as the author wrote them, for authors without `unfiltered_html` too.
 *
 * When such a user saves a post, WordPress runs kses over every string in every block's
 * attributes (wp_pre_kses_block_attributes): "R&D" would be saved as "R&amp;D" and shown so,
 * "a <b> tag" would lose its tag. A comparison's strings are never HTML: the block writes them
 * only as JSON inside <script type="application/json"> (with "<" as \u003c) and the element
 * shows them as text, so kses has nothing to protect there. Just before that pass this hides the
 * plugin's own block comments from it (written as a plain HTML comment, with "<", ">", "&" and
 * "\" escaped in the JSON, which kses leaves as it is), and just after kses puts them back.
 * Every other block, and the shortcode's text, is filtered as usual.
 *
 * @package NicePick
 */

defined( 'ABSPATH' ) || exit;

define( 'NICE_PICK_KEPT', '<!-- nice-pick-kept wp:nice-pick/comparison ' );

/**
 * The plugin's block comments in `$content`, each as a non-block comment with its attributes
 * re-serialized so that no character kses rewrites is left in them.
 *
 * @param string $content Post content (not slashed).
 * @return string
 */
function nice_pick_hide_blocks( $content ) {
	if ( false === strpos( $content, 'wp:nice-pick/comparison' ) ) {
		return $content;
	}
	// The block parser's own delimiter pattern (WP_Block_Parser), for this block's name only.
	$pattern = '/<!--\s+wp:nice-pick\/comparison\s+(?P<attrs>{(?:(?:[^}]+|}+(?=})|(?!}\s+\/?-->).)*+)?}\s+)?(?P<void>\/)?-->/s';
	return preg_replace_callback(
		$pattern,
		static function ( $m ) {
			$attrs = isset( $m['attrs'] ) && '' !== $m['attrs'] ? json_decode( $m['attrs'], true ) : array();
			if ( ! is_array( $attrs ) ) {
				return $m[0]; // not JSON: the block parser would not read it either; kses may have it
			}
			// serialize_block_attributes escapes -- < > & and "; a backslash followed by 0 is
			// removed by wp_kses_no_null in some versions, so every escaped backslash is \u005c.
			$json = str_replace( '\\\\', '\\u005c', serialize_block_attributes( $attrs ) );
			return NICE_PICK_KEPT . $json . ' ' . ( empty( $m['void'] ) ? '' : '/' ) . '-->';
		},
		$content
	);
}

/**
 * pre_kses, before WordPress's block attribute pass (priority 10): only while post content is
 * being saved (wp_filter_post_kses on content_save_pre, which puts the blocks back at 11).
 *
 * @param string $content Content.
 * @return string
 */
function nice_pick_pre_kses( $content ) {
	if ( ! is_string( $content ) || ! doing_filter( 'content_save_pre' ) ) {
		return $content;
	}
	return nice_pick_hide_blocks( $content );
}
add_filter( 'pre_kses', 'nice_pick_pre_kses', 9 );

/**
 * Puts the hidden blocks back after kses (content_save_pre runs wp_filter_post_kses at 10).
 *
 * @param string $content Post content (slashed: only the marker is replaced).
 * @return string
 */
function nice_pick_unhide_blocks( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'nice-pick-kept' ) ) {
		return $content;
	}
	return str_replace( NICE_PICK_KEPT, '<!-- wp:nice-pick/comparison ', $content );
}
add_filter( 'content_save_pre', 'nice_pick_unhide_blocks', 11 );
