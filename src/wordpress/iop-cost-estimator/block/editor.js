// The block in the editor: its settings in the sidebar, and a preview that is the server's own rendering, so the
// editor shows what the page will (the widget runs in the editor too: iop_ce_enqueue on enqueue_block_editor_assets).
// Plain JavaScript on WordPress's globals: the plugin has no build step of its own.
( function ( blocks, element, blockEditor, components, ServerSideRender, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;
	var number = function ( value ) {
		var n = parseFloat( value );
		return isNaN( n ) ? undefined : n;
	};

	blocks.registerBlockType( 'iop/cost-estimator', {
		edit: function ( props ) {
			var a = props.attributes;
			var set = function ( name ) {
				return function ( value ) {
					var change = {};
					change[ name ] = value;
					props.setAttributes( change );
				};
			};
			// A number the page presets (weeks, hours a week); emptied, the visitor's own.
			var numberControl = function ( label, name, max ) {
				return el( components.TextControl, {
					label: label,
					type: 'number',
					min: 1,
					max: max,
					value: a[ name ] === undefined ? '' : a[ name ],
					onChange: function ( value ) {
						set( name )( number( value ) );
					},
				} );
			};
			var blockProps = blockEditor.useBlockProps ? blockEditor.useBlockProps() : {};
			return el(
				element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Estimator', 'iop-cost-estimator' ) },
						el( components.SelectControl, {
							label: __( 'Coverage already chosen', 'iop-cost-estimator' ),
							help: __( 'For a page about one kind of coverage. None: the visitor chooses.', 'iop-cost-estimator' ),
							value: a.planType,
							options: [
								{ label: __( 'None: the visitor chooses', 'iop-cost-estimator' ), value: '' },
								{ label: __( 'Insurance through work or bought privately', 'iop-cost-estimator' ), value: 'private' },
								{ label: __( 'Marketplace plan', 'iop-cost-estimator' ), value: 'aca' },
								{ label: 'Medicare', value: 'medicare' },
								{ label: 'Medicaid', value: 'medicaid' },
								{ label: __( 'No insurance / paying myself', 'iop-cost-estimator' ), value: 'uninsured' },
								{ label: __( 'Not sure', 'iop-cost-estimator' ), value: 'unsure' },
							],
							onChange: set( 'planType' ),
						} ),
						numberControl( __( 'Weeks', 'iop-cost-estimator' ), 'weeks', 52 ),
						numberControl( __( 'Hours a week', 'iop-cost-estimator' ), 'hoursPerWeek', 40 ),
						el( components.SelectControl, {
							label: __( 'Language', 'iop-cost-estimator' ),
							value: a.language,
							options: [
								{ label: __( 'The site’s', 'iop-cost-estimator' ), value: '' },
								{ label: 'English', value: 'en' },
								{ label: 'Español', value: 'es' },
							],
							onChange: set( 'language' ),
						} )
					)
				),
				el( 'div', blockProps, el( ServerSideRender, { block: 'iop/cost-estimator', attributes: a } ) )
			);
		},
		// Rendered by the server (iop_ce_render_block): the post stores only the block's attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender, window.wp.i18n );
