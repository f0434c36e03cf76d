/* The block's editor: a form for every field of the data format (the same fields as the studio's
 * form, site/studio/form.ts, drawn with WordPress's own components), a JSON box for pasting a
 * whole comparison, and a live preview of the real card (the element's classic bundle, shipped in
 * the plugin) with the validator's messages, which the card reports in its `error` event.
 * Hand-written against the wp.* globals: no build step. Strings are translatable (text domain
 * nice-pick). The data is only ever set as the element's `data` property: text, never markup. */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var useRef = wp.element.useRef;
  var useEffect = wp.element.useEffect;
  var useState = wp.element.useState;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var be = wp.blockEditor;
  var c = wp.components;

  /** The option's id as the card derives it (src/check.ts: slug). */
  function slug(name) {
    return String(name || '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  }
  var lines = function (text) {
    return text.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
  };
  var clean = function (obj) {
    var out = {};
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      if (v === undefined || v === '' || (Array.isArray(v) && k !== 'pros' && k !== 'cons' && v.length === 0)) return;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        v = clean(v);
        if (!Object.keys(v).length) return;
      }
      out[k] = v;
    });
    return out;
  };
  /** Related tags as text: one a line, "label | https://url" for a link. */
  var relatedText = function (related) {
    return (related || []).map(function (t) { return typeof t === 'string' ? t : t.url ? t.label + ' | ' + t.url : t.label; }).join('\n');
  };
  var relatedList = function (text) {
    return lines(text).map(function (line) {
      var i = line.lastIndexOf(' | ');
      return i > 0 ? { label: line.slice(0, i).trim(), url: line.slice(i + 3).trim() } : line;
    });
  };
  var paragraphs = function (text) {
    return Array.isArray(text) ? text.join('\n\n') : text || '';
  };
  var STARTER = {
    title: '',
    options: [
      { name: '', pros: [], cons: [] },
      { name: '', pros: [], cons: [] },
    ],
  };

  /** The level of the last heading block before this one, in document order. */
  function headingBefore(clientId) {
    var flat = [];
    var walk = function (blocks) {
      blocks.forEach(function (b) { flat.push(b); walk(b.innerBlocks || []); });
    };
    walk(wp.data.select('core/block-editor').getBlocks());
    var level = 0;
    for (var i = 0; i < flat.length && flat[i].clientId !== clientId; i++) {
      if (flat[i].name === 'core/heading') level = flat[i].attributes.level || 2;
    }
    return level;
  }

  /** The card itself, as readers will see it, and what the validator says of the data. */
  function Preview(props) {
    var ref = useRef();
    var state = useState(null);
    var problems = state[0];
    var setProblems = state[1];
    useEffect(function () {
      var card = ref.current;
      var onLoad = function () { setProblems(null); };
      var onError = function (e) {
        var d = e.detail || {};
        setProblems([d.message].concat(d.problems || []));
      };
      card.addEventListener('load', onLoad);
      card.addEventListener('error', onError);
      return function () {
        card.removeEventListener('load', onLoad);
        card.removeEventListener('error', onError);
      };
    }, []);
    useEffect(function () {
      var card = ref.current;
      if (props.data) {
        card.removeAttribute('src');
        card.data = JSON.parse(JSON.stringify(props.data));
      } else {
        card.data = null;
        if (props.src) card.setAttribute('src', props.src);
        else card.removeAttribute('src');
      }
    }, [props.data, props.src]);
    return el(
      'div',
      { className: 'nice-pick-editor-preview' },
      problems &&
        el(
          c.Notice,
          { status: 'warning', isDismissible: false },
          el('strong', null, __('The card cannot be shown yet:', 'nice-pick')),
          el('ul', null, problems.filter(Boolean).map(function (p, i) { return el('li', { key: i }, p); }))
        ),
      el('nice-pick', { ref: ref, theme: props.theme, 'heading-level': String(props.level) })
    );
  }

  /** A textarea for a list, one item a line: it keeps what is typed (blank lines too) while the
   * list it reports has no empty items. */
  function LinesControl(props) {
    var draft = useState(null);
    var shown = draft[0] !== null && props.toValue(draft[0]) === JSON.stringify(props.value) ? draft[0] : props.toText(props.value);
    return el(c.TextareaControl, {
      label: props.label,
      rows: props.rows || 3,
      value: shown,
      onChange: function (v) {
        draft[1](v);
        props.onChange(props.parse(v));
      },
    });
  }
  var listControl = function (label, value, onChange, toText, parse) {
    return el(LinesControl, {
      label: label,
      value: value,
      onChange: onChange,
      toText: toText || function (list) { return (list || []).join('\n'); },
      parse: parse || lines,
      toValue: function (text) { return JSON.stringify((parse || lines)(text)); },
    });
  };

  function OptionFields(props) {
    var o = props.option;
    var set = function (key, value) {
      var next = Object.assign({}, o);
      next[key] = value;
      props.onChange(clean(next));
    };
    return el(
      'fieldset',
      { className: 'nice-pick-editor-option', style: { border: '1px solid #ddd', padding: '8px 12px', margin: '0 0 12px' } },
      el('legend', null, sprintf(/* translators: %d: the option's number, 1 to 4 */ __('Option %d', 'nice-pick'), props.index + 1)),
      el(c.TextControl, { label: __('Name', 'nice-pick'), value: o.name || '', onChange: function (v) { set('name', v); } }),
      el(c.TextControl, { label: __('Kind (concept, tool, platform…)', 'nice-pick'), value: o.kind || '', onChange: function (v) { set('kind', v); } }),
      el(c.TextareaControl, { label: __('Summary', 'nice-pick'), rows: 2, value: o.summary || '', onChange: function (v) { set('summary', v); } }),
      el(c.TextControl, { label: __('Link (https://…)', 'nice-pick'), type: 'url', value: o.url || '', onChange: function (v) { set('url', v); } }),
      listControl(__('Pros, one a line', 'nice-pick'), o.pros, function (v) { set('pros', v); }),
      listControl(__('Cons, one a line', 'nice-pick'), o.cons, function (v) { set('cons', v); }),
      listControl(__('Related to, one a line ("label | https://…" for a link)', 'nice-pick'), o.related, function (v) { set('related', v); }, relatedText, relatedList),
      props.canRemove && el(c.Button, { isDestructive: true, variant: 'link', onClick: props.onRemove }, __('Remove this option', 'nice-pick'))
    );
  }

  function Form(props) {
    var d = props.data;
    var set = function (key, value) {
      var next = Object.assign({}, d);
      next[key] = value;
      props.onChange(clean(next));
    };
    var setIn = function (group, key, value) {
      var inner = Object.assign({}, d[group] || {});
      inner[key] = value;
      set(group, inner);
    };
    var options = d.options || [];
    var picks = [{ label: __('No pick (a tie)', 'nice-pick'), value: '' }].concat(
      options.map(function (o) { var id = o.id || slug(o.name); return { label: o.name || id || '…', value: id }; })
    );
    return el(
      'div',
      { className: 'nice-pick-editor-form' },
      el(c.TextControl, { label: __('Label (a small tag above the title)', 'nice-pick'), value: d.label || '', onChange: function (v) { set('label', v); } }),
      el(c.TextControl, { label: __('Title (default: the names joined by " vs ")', 'nice-pick'), value: d.title || '', onChange: function (v) { set('title', v); } }),
      el(c.TextareaControl, { label: __('Intro', 'nice-pick'), rows: 2, value: d.intro || '', onChange: function (v) { set('intro', v); } }),
      options.map(function (o, i) {
        return el(OptionFields, {
          key: i,
          index: i,
          option: o,
          canRemove: options.length > 2,
          onChange: function (next) { var list = options.slice(); list[i] = next; set('options', list); },
          onRemove: function () { var list = options.slice(); list.splice(i, 1); set('options', list); },
        });
      }),
      options.length < 4 &&
        el(c.Button, { variant: 'secondary', onClick: function () { set('options', options.concat([{ name: '', pros: [], cons: [] }])); } }, __('Add an option', 'nice-pick')),
      el(c.SelectControl, { label: __('The pick', 'nice-pick'), value: d.pick || '', options: picks, onChange: function (v) { set('pick', v || undefined); } }),
      listControl(__('The verdict (a blank line between paragraphs)', 'nice-pick'), d.verdict && d.verdict.text, function (v) { setIn('verdict', 'text', v); }, paragraphs, function (v) {
        var parts = v.split(/\n\s*\n/).map(function (s) { return s.trim(); }).filter(Boolean);
        return parts.length > 1 ? parts : parts[0];
      }),
      el(c.TextControl, { label: __('The bottom line (default: "NAME wins")', 'nice-pick'), value: (d.verdict && d.verdict.bottomLine) || '', onChange: function (v) { setIn('verdict', 'bottomLine', v); } }),
      el(c.TextControl, { label: __('The reason under it', 'nice-pick'), value: (d.verdict && d.verdict.reason) || '', onChange: function (v) { setIn('verdict', 'reason', v); } }),
      el(c.TextControl, { label: __('Contact prompt (default: "Disagree with our pick?")', 'nice-pick'), value: (d.contact && d.contact.prompt) || '', onChange: function (v) { setIn('contact', 'prompt', v); } }),
      el(c.TextControl, { label: __('Contact e-mail', 'nice-pick'), type: 'email', value: (d.contact && d.contact.email) || '', onChange: function (v) { setIn('contact', 'email', v); } }),
      el(c.TextControl, { label: __('Contact page (https://…)', 'nice-pick'), type: 'url', value: (d.contact && d.contact.url) || '', onChange: function (v) { setIn('contact', 'url', v); } })
    );
  }

  /** The whole comparison as JSON: paste one in, or edit what the form does not show (labels, lang, dir). */
  function JsonBox(props) {
    var text = JSON.stringify(props.data || {}, null, 2);
    var draft = useState(null);
    var error = useState(null);
    return el(
      'div',
      null,
      el(c.TextareaControl, {
        label: __('The comparison as JSON', 'nice-pick'),
        help: error[0] || __('Paste a comparison here (data format v1), or edit it.', 'nice-pick'),
        rows: 12,
        value: draft[0] !== null ? draft[0] : text,
        onChange: function (v) {
          draft[1](v);
          try {
            var parsed = JSON.parse(v);
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(__('The JSON must be an object.', 'nice-pick'));
            error[1](null);
            props.onChange(parsed);
          } catch (e) {
            error[1](e.message);
          }
        },
        onBlur: function () { if (!error[0]) draft[1](null); },
      })
    );
  }

  function Edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var blockProps = be.useBlockProps();
    var tab = useState(a.src && !a.comparison ? 'src' : 'form');
    var before = wp.data.useSelect(function () { return headingBefore(props.clientId); }, [props.clientId]);
    var auto = Math.min(4, before ? before + 1 : 2);
    var level = a.headingLevel || auto;
    var data = a.comparison || null;
    var upload = window.nicePickEditor && window.nicePickEditor.canUploadJson;
    var setData = function (next) { set({ comparison: next, src: undefined }); };

    var sidebar = el(
      be.InspectorControls,
      null,
      el(
        c.PanelBody,
        { title: __('Card', 'nice-pick') },
        el(c.SelectControl, {
          label: __('Theme', 'nice-pick'),
          value: a.theme || 'auto',
          options: [
            { label: __('Follow the page and the reader (auto)', 'nice-pick'), value: 'auto' },
            { label: __('Light', 'nice-pick'), value: 'light' },
            { label: __('Dark', 'nice-pick'), value: 'dark' },
          ],
          onChange: function (v) { set({ theme: v }); },
        }),
        el(c.SelectControl, {
          label: __('Heading level of the title', 'nice-pick'),
          value: a.headingLevel ? String(a.headingLevel) : '',
          options: [{ label: sprintf(/* translators: %d: a heading level, 1 to 4 */ __('H%d: one below the heading before the card', 'nice-pick'), auto), value: '' }].concat(
            [1, 2, 3, 4].map(function (n) { return { label: 'H' + n, value: String(n) }; })
          ),
          onChange: function (v) { set({ headingLevel: v ? Number(v) : undefined }); },
        })
      )
    );

    var source = el(
      'div',
      null,
      el(c.TextControl, {
        label: __('URL of a comparison JSON file (https://…)', 'nice-pick'),
        type: 'url',
        value: a.src || '',
        onChange: function (v) { set({ src: v || undefined, comparison: v ? undefined : a.comparison }); },
      }),
      upload &&
        el(be.MediaUploadCheck, null,
          el(be.MediaUpload, {
            allowedTypes: ['application/json'],
            onSelect: function (media) { set({ src: media.url, comparison: undefined }); },
            render: function (o) { return el(c.Button, { variant: 'secondary', onClick: o.open }, __('Choose or upload a JSON file', 'nice-pick')); },
          })
        )
    );

    var tabs = [
      { name: 'form', title: __('Form', 'nice-pick') },
      { name: 'json', title: __('JSON', 'nice-pick') },
      { name: 'src', title: __('From a file', 'nice-pick') },
    ];
    return el(
      'div',
      blockProps,
      sidebar,
      // The form while the block is selected, and always while it is still empty.
      (props.isSelected || !(data || a.src)) &&
        el(
          'div',
          { className: 'nice-pick-editor', style: { border: '1px solid #ccc', padding: '12px', marginBottom: '12px', background: '#fff', color: '#1e1e1e' } },
          el('p', { style: { margin: '0 0 8px', fontWeight: 600 } }, __('Nice Pick comparison', 'nice-pick')),
          !(data || a.src) && el('p', { style: { margin: '0 0 8px' } }, __('Fill in the form, paste JSON or choose a JSON file: the card appears below.', 'nice-pick')),
          el(c.ButtonGroup, { style: { marginBottom: '12px' } },
            tabs.map(function (t) {
              return el(c.Button, { key: t.name, variant: tab[0] === t.name ? 'primary' : 'secondary', onClick: function () { tab[1](t.name); } }, t.title);
            })
          ),
          tab[0] === 'form' && el(Form, { data: data || STARTER, onChange: setData }),
          tab[0] === 'json' && el(JsonBox, { data: data || STARTER, onChange: setData }),
          tab[0] === 'src' && source
        ),
      (data || a.src) && el(Preview, { data: data, src: data ? null : a.src, theme: a.theme || 'auto', level: level })
    );
  }

  wp.blocks.registerBlockType('nice-pick/comparison', {
    edit: Edit,
    save: function () { return null; }, // rendered on the server
  });
})(window.wp);
