export { loadConfig, ConfigError, type Config, type RedisSettings } from './config.schemas';
