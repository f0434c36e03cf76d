<?php
/**
 * Unit tests of the plugin's render and escaping functions, in plain PHP assertions (PHPUnit is
 * not needed): run inside the test site's WordPress, with the plugin active.
 *
 * Usage: php unit.php WORDPRESS_DIR SITE_URL CASES_JSON
 * CASES_JSON (written by run.mjs) holds comparisons and, for each, the bytes Node's
 * scriptSafe(JSON.stringify(data)) makes (the element package's src/embed.ts).
 * Prints one line a test and "unit: N passed, N failed"; exits 1 on a failure.
 *
 * @package NicePick
 */

list( , $wp_dir, $url, $cases_file ) = $argv;
$_SERVER['HTTP_HOST'] = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
require $wp_dir . '/wp-load.php';

$passed = 0;
$failed = 0;
function check( $name, $ok, $detail = '' ) {
	global $passed, $failed;
	if ( $ok ) {
		$passed++;
		echo "  ok   $name\n";
	} else {
		$failed++;
		echo "  FAIL $name" . ( '' !== $detail ? ': ' . $detail : '' ) . "\n";
	}
}
function same( $name, $expected, $actual ) {
	check( $name, $expected === $actual, 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
}

$cases = json_decode( file_get_contents( $cases_file ) );

echo "nice_pick_script_json: the bytes of the element's scriptSafe(JSON.stringify(data))\n";
foreach ( $cases as $case ) {
	$json = nice_pick_script_json( $case->data );
	// The one difference on purpose: "[" in strings is \u005b (WordPress's shortcodes).
	same( "$case->name: same bytes as Node's, but for \\u005b", $case->node, str_replace( '\u005b', '[', $json ) );
	check( "$case->name: no <, no [ before a letter", false === strpos( $json, '<' ) && ! preg_match( '/\[[A-Za-z\/]/', $json ), $json );
	same( "$case->name: reads back as the same data", json_encode( $case->data ), json_encode( json_decode( $json ) ) );
	same( "$case->name: as block attributes (associative arrays) too", $json, nice_pick_script_json( nice_pick_objectify( json_decode( json_encode( $case->data ), true ) ) ) );
}
same( 'U+2028 and U+2029 escaped', '"a\u2028b\u2029c"', nice_pick_script_json( "a\u{2028}b\u{2029}c" ) );
same( 'the end of a script cannot appear', '"\u003c/script>\u003c!--"', nice_pick_script_json( '</script><!--' ) );
same( 'an empty object stays an object', '{"labels":{},"options":[]}', nice_pick_script_json( nice_pick_objectify( array( 'labels' => array(), 'options' => array() ) ) ) );
check( 'invalid UTF-8 is repaired, not an error', false !== nice_pick_script_json( "bad \xC3\x28 byte" ) );

echo "nice_pick_element\n";
$data = (object) array( 'options' => array() );
same( 'inline JSON in the element', '<nice-pick theme="auto" heading-level="3"><script type="application/json">{"options":[]}</script></nice-pick>', nice_pick_element( array( 'data' => $data, 'heading_level' => 3 ) ) );
same( 'a theme that is not one is auto', '<nice-pick theme="auto"><script type="application/json">{"options":[]}</script></nice-pick>', nice_pick_element( array( 'data' => $data, 'theme' => '"><script>' ) ) );
same( 'dark', '<nice-pick theme="dark"><script type="application/json">{"options":[]}</script></nice-pick>', nice_pick_element( array( 'data' => $data, 'theme' => 'dark' ) ) );
same( 'heading level 9 is 4', 4, nice_pick_heading_level( 9 ) );
same( 'heading level "x" or 0 is none', array( 0, 0 ), array( nice_pick_heading_level( 'x' ), nice_pick_heading_level( 0 ) ) );
same( 'after an h3: h4; after none: h2', array( 4, 2, 4 ), array( nice_pick_level_after( 3 ), nice_pick_level_after( 0 ), nice_pick_level_after( 6 ) ) );
same( 'a class keeps only safe characters', '<nice-pick theme="auto" class="alignwide x"><script type="application/json">{"options":[]}</script></nice-pick>', nice_pick_element( array( 'data' => $data, 'class' => 'alignwide x"<' ) ) );
same( 'an https src', '<nice-pick theme="auto" src="https://example.com/a.json?x=1&#038;y="></nice-pick>', nice_pick_element( array( 'src' => 'https://example.com/a.json?x=1&y="' ) ) );
same( 'a site-relative src', '<nice-pick theme="auto" src="/wp-content/uploads/a.json"></nice-pick>', nice_pick_element( array( 'src' => '/wp-content/uploads/a.json' ) ) );
foreach ( array( 'javascript:alert(1)', 'data:application/json,{}', 'JaVaScRiPt:alert(1)', 'ftp://example.com/a.json', ' ' ) as $bad ) {
	same( "src $bad gives nothing", '', nice_pick_element( array( 'src' => $bad ) ) );
}
same( 'the last heading in HTML', 3, nice_pick_last_heading( '<h2>a</h2><p>b</p><h3 class="x">c</h3><header>' ) );

echo "the shortcode's text\n";
same( 'entities read back', '{"a":"R&D > x < y \'q\'"}', nice_pick_shortcode_text( '{&quot;a&quot;:&quot;R&amp;D &gt; x &lt; y &#039;q&#039;&quot;}' ) );
same( "wpautop's <p> and <br /> go", "\n{\"a\":\n1}\n", nice_pick_shortcode_text( "<p>{\"a\":<br />\n1}</p>" ) );
same( 'curly quotes, only when nothing else parses', '{"a":"quoted"}', nice_pick_shortcode_text( '{&#8220;a&#8221;:&#8220;quoted&#8221;}' ) );
same( 'valid JSON with curly quotes inside strings is kept', '{"a":"“q”"}', nice_pick_shortcode_text( '{"a":"“q”"}' ) );
list( $ok, $error ) = nice_pick_parse_json( '{"options":[]}' );
check( 'an object parses', is_object( $ok ) && null === $error );
list( $ok, $error ) = nice_pick_parse_json( '{"options":[' );
check( 'broken JSON: a message', null === $ok && false !== strpos( $error, 'not valid JSON' ), (string) $error );
list( $ok, $error ) = nice_pick_parse_json( '[1,2]' );
check( 'a list: a message', null === $ok && false !== strpos( $error, 'object' ), (string) $error );
same( 'no notice outside a preview', '', nice_pick_output( array( 'src' => 'javascript:x' ) ) );
check( 'the notice escapes the message', false === strpos( nice_pick_notice( '<b>x</b>' ), '<b>x' ) );

echo "the script: a module on WordPress 6.5+, the classic bundle before\n";
global $wp_version;
$has_modules = function_exists( 'wp_register_script_module' );
if ( ! $has_modules ) {
	// WordPress 6.1–6.4 has no script modules: stand-ins record what the plugin asks for.
	$GLOBALS['nice_pick_test_modules'] = array( 'registered' => array(), 'enqueued' => array() );
	function wp_register_script_module( $id, $src, $deps = array(), $version = false ) {
		$GLOBALS['nice_pick_test_modules']['registered'][ $id ] = array( $src, $version );
	}
	function wp_enqueue_script_module( $id ) {
		$GLOBALS['nice_pick_test_modules']['enqueued'][] = $id;
	}
	check( "WordPress $wp_version: the classic bundle was registered, no module", wp_script_is( 'nice-pick', 'registered' ) );
	nice_pick_register_scripts();
	$module = $GLOBALS['nice_pick_test_modules']['registered']['nice-pick'] ?? null;
	check( 'with wp_register_script_module (stubbed): the ES module registered', $module && preg_match( '#/wp-content/plugins/nice-pick/dist/nice-pick\.js$#', $module[0] ) && NICE_PICK_VERSION === $module[1], var_export( $module, true ) );
	nice_pick_enqueue();
	same( 'and enqueued, not the classic bundle', array( array( 'nice-pick' ), false ), array( $GLOBALS['nice_pick_test_modules']['enqueued'], wp_script_is( 'nice-pick', 'enqueued' ) ) );
	add_filter( 'nice_pick_use_script_module', '__return_false' );
	nice_pick_enqueue();
	check( 'the filter nice_pick_use_script_module can choose the classic bundle', wp_script_is( 'nice-pick', 'enqueued' ) );
	remove_filter( 'nice_pick_use_script_module', '__return_false' );
} else {
	nice_pick_enqueue();
	ob_start();
	wp_script_modules()->print_enqueued_script_modules();
	$printed = ob_get_clean();
	check( "WordPress $wp_version: the ES module is enqueued as a script module", (bool) preg_match( '#<script type="module" src="[^"]*/wp-content/plugins/nice-pick/dist/nice-pick\.js\?ver=' . NICE_PICK_VERSION . '"#', $printed ), $printed );
	check( 'and not the classic bundle', ! wp_script_is( 'nice-pick', 'enqueued' ) );
}

echo "saving: the block's attributes are kept as written, for an Author too\n";
$author = get_user_by( 'login', 'author' );
wp_set_current_user( $author->ID );
kses_init();
check( 'the Author has no unfiltered_html', ! current_user_can( 'unfiltered_html' ) );
$attrs   = array( 'comparison' => $cases[0]->data, 'theme' => 'dark' );
$block   = '<!-- wp:nice-pick/comparison ' . serialize_block_attributes( json_decode( json_encode( $attrs ), true ) ) . ' /-->';
$para    = '<!-- wp:paragraph {"className":"a\u003cimg src=x onerror=alert(1)\u003e"} --><p onclick="x()">R&D <script>bad()</script></p><!-- /wp:paragraph -->';
$post_id = wp_insert_post( array( 'post_title' => 'unit', 'post_status' => 'draft', 'post_content' => wp_slash( $block . "\n" . $para ) ) );
$saved   = parse_blocks( get_post( $post_id )->post_content );
same( 'the comparison is saved as it was written', json_encode( $cases[0]->data ), json_encode( nice_pick_objectify( $saved[0]['attrs']['comparison'] ) ) );
check( "other blocks' attributes are still filtered", false === strpos( json_encode( $saved[2]['attrs'] ), 'onerror' ), json_encode( $saved[2]['attrs'] ) );
check( "and other blocks' HTML", false === strpos( $saved[2]['innerHTML'], '<script' ) && false === strpos( $saved[2]['innerHTML'], 'onclick' ), $saved[2]['innerHTML'] );
check( 'no marker is left in the saved post', false === strpos( get_post( $post_id )->post_content, 'nice-pick-kept' ) );
check( 'a comment pretending to be a kept block becomes the block: nothing more', '' === nice_pick_hide_blocks( '' ) );
wp_delete_post( $post_id, true );

echo "rendering: the heading level follows the heading before the card\n";
$html = apply_filters( 'the_content', '<!-- wp:heading {"level":3} --><h3>x</h3><!-- /wp:heading -->' . "\n" . '<!-- wp:nice-pick/comparison {"comparison":{"options":[]}} /-->' );
check( 'after an h3: heading-level 4', false !== strpos( $html, 'heading-level="4"' ), $html );
$html = apply_filters( 'the_content', '<!-- wp:nice-pick/comparison {"comparison":{"options":[]},"headingLevel":1} /-->' );
check( 'chosen in the sidebar: 1', false !== strpos( $html, 'heading-level="1"' ), $html );
$html = apply_filters( 'the_content', "<h2>A</h2>\n\n[nice-pick]{\"options\":[]}[/nice-pick]\n\n<h3>B</h3>\n\n[nice-pick theme=\"dark\"]\n{\"options\":[\"[gallery]\"]}\n[/nice-pick]" );
check( 'shortcodes in classic content: 3 after an h2, 4 after an h3', preg_match( '/heading-level="3".*heading-level="4"/s', $html ), $html );
check( 'no <p> or <br> inside the card, and [gallery] stays text', false !== strpos( $html, '<nice-pick theme="dark" heading-level="4"><script type="application/json">{"options":["\u005bgallery]"]}</script></nice-pick>' ), $html );
$html = apply_filters( 'the_content', '<!-- wp:nice-pick/comparison {"comparison":{"options":[{"name":"[nice-pick]{}[/nice-pick] [gallery]"}]}} /-->' );
check( 'shortcode text inside a block is text', false !== strpos( $html, '"\u005bnice-pick]{}\u005b/nice-pick] \u005bgallery]"' ), $html );

echo "unit: $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
