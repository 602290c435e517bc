// An SVG map from the directory's own GeoJSON (no tiles, no other host): the territory in colour, the
// other territories of its layer around it as links, its service sites as points.
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { pick } from '../format';
import type { UiLanguage } from '../i18n';
import { navigate, territoryHref } from '../router';

export interface MapShape {
  id: string;
  nameFr: string;
  nameNl: string;
  geometry?: Record<string, unknown> | null;
}

export interface MapPoint {
  id: string;
  latitude?: number | null;
  longitude?: number | null;
  synthetic: boolean;
  approximate: boolean;
}

const WIDTH = 640;
const HEIGHT = 480;
/** How far the map enlarges: at phone width a quartier is a few pixels across at ×1. */
const ZOOMS = [1, 2, 4, 8] as const;

/**
 * The map in a frame that scrolls: zooming widens the drawing (the page keeps its width), keeps the
 * middle of what was shown in the middle, and leaves panning to the browser's own scrolling (a
 * finger on a phone, the wheel or the scroll bars elsewhere).
 */
function ZoomFrame(props: {
  zoom: number;
  setZoom: (zoom: number) => void;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const centre = useRef({ x: 0.5, y: 0.5 });
  useLayoutEffect(() => {
    const element = frame.current;
    if (element) {
      element.scrollLeft = centre.current.x * element.scrollWidth - element.clientWidth / 2;
      element.scrollTop = centre.current.y * element.scrollHeight - element.clientHeight / 2;
    }
  }, [props.zoom]);
  const step = (direction: 1 | -1) => {
    const element = frame.current;
    if (element && element.scrollWidth > 0) {
      centre.current = {
        x: (element.scrollLeft + element.clientWidth / 2) / element.scrollWidth,
        y: (element.scrollTop + element.clientHeight / 2) / element.scrollHeight,
      };
    }
    const index = ZOOMS.indexOf(props.zoom as (typeof ZOOMS)[number]) + direction;
    props.setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, index))] as number);
  };
  return (
    <div className="map-zoom">
      <div className="map-zoom-controls">
        <button
          type="button"
          onClick={() => step(1)}
          disabled={props.zoom === ZOOMS[ZOOMS.length - 1]}
          aria-label={t('map.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={props.zoom === ZOOMS[0]}
          aria-label={t('map.zoomOut')}
        >
          −
        </button>
        <span aria-live="polite">{t('map.zoom', { zoom: props.zoom })}</span>
      </div>
      {/* Focusable, so that the keyboard scrolls a zoomed map too (its arrows move it). */}
      <div
        className="map-zoom-frame"
        ref={frame}
        tabIndex={0}
        role="region"
        aria-label={props.label}
      >
        {props.children}
      </div>
    </div>
  );
}

/**
 * d3-geo draws on the sphere: a ring wound the GeoJSON way (counter-clockwise) would mean "the whole
 * world but this". Rings are turned round when a polygon comes out larger than a hemisphere.
 */
function spherical(geometry: Geometry): Geometry {
  const fix = (rings: number[][][]) => {
    const polygon = { type: 'Polygon', coordinates: rings } as GeoPermissibleObjects;
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: fix(geometry.coordinates) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  }
  return geometry;
}

/** Shapes picked by clicking them (the editors' service areas) instead of followed as links. */
export interface MapPicking {
  chosen: ReadonlySet<string>;
  toggle: (id: string) => void;
}

export function TerritoryMap(props: {
  focus: MapShape;
  around: MapShape[];
  points: MapPoint[];
  title: string;
  /**
   * Picking mode: a click toggles a shape. The map is then for the pointer only (hidden from
   * assistive technology): the page must offer the same choice another way (the territory tree).
   */
  picking?: MapPicking;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [zoom, setZoom] = useState(1);
  if (!props.focus.geometry) {
    return null;
  }
  const focus = spherical(props.focus.geometry as unknown as Geometry);
  const projection = geoMercator().fitExtent(
    [
      [24, 24],
      [WIDTH - 24, HEIGHT - 24],
    ],
    focus as GeoPermissibleObjects,
  );
  const path = geoPath(projection);
  const others = props.around.filter((shape) => shape.id !== props.focus.id && shape.geometry);
  const shapePath = (shape: MapShape) =>
    path(spherical(shape.geometry as unknown as Geometry) as GeoPermissibleObjects) ?? '';
  const { picking } = props;
  const size = { width: `${zoom * 100}%` };
  if (picking) {
    return (
      <ZoomFrame zoom={zoom} setZoom={setZoom} label={props.title}>
        <svg
          className="territory-map picking"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          style={size}
          aria-hidden="true"
        >
          <rect width={WIDTH} height={HEIGHT} className="map-water" />
          <path className="map-focus" d={path(focus as GeoPermissibleObjects) ?? ''} />
          {others.map((shape) => (
            <path
              key={shape.id}
              d={shapePath(shape)}
              data-id={shape.id}
              className={picking.chosen.has(shape.id) ? 'map-pick chosen' : 'map-pick'}
              onClick={() => picking.toggle(shape.id)}
            >
              <title>{pick(language, shape.nameFr, shape.nameNl)}</title>
            </path>
          ))}
        </svg>
      </ZoomFrame>
    );
  }
  return (
    <ZoomFrame zoom={zoom} setZoom={setZoom} label={props.title}>
      <svg
        className="territory-map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={size}
        role="group"
        aria-label={props.title}
      >
        <title>{props.title}</title>
        <rect width={WIDTH} height={HEIGHT} className="map-water" />
        {others.map((shape) => {
          const name = pick(language, shape.nameFr, shape.nameNl);
          const href = territoryHref(shape.id);
          return (
            <a
              key={shape.id}
              href={href}
              aria-label={name}
              className="map-neighbour"
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
            >
              <title>{name}</title>
              <path d={shapePath(shape)} />
            </a>
          );
        })}
        <path className="map-focus" d={path(focus as GeoPermissibleObjects) ?? ''} />
        {props.points.map((point) => {
          if (point.latitude == null || point.longitude == null) {
            return null;
          }
          const xy = projection([point.longitude, point.latitude]);
          if (!xy) {
            return null;
          }
          return (
            <circle
              key={point.id}
              cx={xy[0]}
              cy={xy[1]}
              r={(point.synthetic ? 3 : 5) / Math.sqrt(zoom)}
              className={
                point.synthetic
                  ? 'map-site synthetic'
                  : point.approximate
                    ? 'map-site approximate'
                    : 'map-site'
              }
            />
          );
        })}
      </svg>
    </ZoomFrame>
  );
}
